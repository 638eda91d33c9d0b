package fi.huoltopolku.quality;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * What the comparison roll-ups still have to recompute (their backlog: changes marked, not yet
 * folded in), for operations: gauges {@code huoltopolku_rollups_backlog_marks} and
 * {@code _days}, and the health check's {@code rollups} part. A report folds in its own period's
 * marks before it answers, so a backlog costs the next report time, never correctness; one that
 * keeps growing means the background refresh does not keep up.
 */
@Singleton
class RollupBacklog implements MeterBinder, HealthIndicator {

    // Looked up when first read: the registry binds this while the connection pool (itself measured)
    // is being created.
    private final Provider<JdbcOperations> jdbc;
    private final Provider<TransactionOperations<Connection>> transactions;

    RollupBacklog(Provider<JdbcOperations> jdbc, Provider<TransactionOperations<Connection>> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Marks waiting, and the days they fall on. */
    long[] read() {
        return transactions.get().executeRead(status -> jdbc.get().prepareStatement(
                "SELECT COUNT(*), COUNT(DISTINCT booked_on) FROM rollup_mark", ps -> {
                    try (ResultSet rows = ps.executeQuery()) {
                        rows.next();
                        return new long[] {rows.getLong(1), rows.getLong(2)};
                    }
                }));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("huoltopolku.rollups.backlog.marks", this, backlog -> backlog.read()[0])
                .description("Changes marked for the comparison roll-ups, not yet folded in").register(registry);
        Gauge.builder("huoltopolku.rollups.backlog.days", this, backlog -> backlog.read()[1])
                .description("Booking days with changes not yet folded into the roll-ups").register(registry);
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Object> details = new LinkedHashMap<>();
        HealthStatus status;
        try {
            long[] backlog = read();
            details.put("marks", backlog[0]);
            details.put("days", backlog[1]);
            status = HealthStatus.UP;
        } catch (RuntimeException e) {
            details.put("error", "the roll-ups' backlog could not be read");
            status = HealthStatus.DOWN;
        }
        return Publishers.just(HealthResult.builder("rollups", status).details(details).build());
    }
}
