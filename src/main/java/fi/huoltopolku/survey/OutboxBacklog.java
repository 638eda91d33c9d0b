package fi.huoltopolku.survey;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Locale;

/**
 * Messages to customers not sent (yet), by status, as gauges ({@code huoltopolku_outbox_unsent}):
 * recorded ones wait for the sender (or stay on the visit when no mail server is configured),
 * failed ones were refused by it.
 */
@Singleton
class OutboxBacklog implements MeterBinder {

    // Looked up when first read: the registry binds this while the connection pool (itself measured)
    // is being created.
    private final Provider<JdbcOperations> jdbc;
    private final Provider<TransactionOperations<Connection>> transactions;

    OutboxBacklog(Provider<JdbcOperations> jdbc, Provider<TransactionOperations<Connection>> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    long unsent(MessageStatus status) {
        return transactions.get().executeRead(tx -> jdbc.get().prepareStatement(
                "SELECT COUNT(*) FROM outbox_message WHERE status = ?", ps -> {
                    ps.setString(1, status.name());
                    try (ResultSet rows = ps.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MessageStatus status : new MessageStatus[] {MessageStatus.RECORDED, MessageStatus.FAILED}) {
            Gauge.builder("huoltopolku.outbox.unsent", this, backlog -> backlog.unsent(status))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Messages to customers not sent: waiting (recorded) or refused (failed)")
                    .register(registry);
        }
    }
}
