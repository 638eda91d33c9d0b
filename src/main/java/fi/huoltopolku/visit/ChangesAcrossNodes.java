package fi.huoltopolku.visit;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live updates between app nodes on one PostgreSQL database. A visit's change is announced with
 * {@code pg_notify} inside the transaction that makes it, so PostgreSQL delivers it when (and only
 * if) that transaction commits; every node listens on a connection of its own and hands other nodes'
 * changes to its screens through the {@link VisitBroadcaster}, as if they were its own. Not active
 * on H2 (one process owns the database file).
 *
 * <p>A node that loses its listening connection connects again within seconds; changes made in
 * between reach its screens with the next change of the same car, or when the screen is opened again.
 */
@Context
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
public class ChangesAcrossNodes {

    static final String CHANNEL = "huoltopolku_visit_changed";
    private static final Logger LOG = LoggerFactory.getLogger(ChangesAcrossNodes.class);

    private final JdbcOperations jdbc;
    private final VisitBroadcaster broadcaster;
    private final DatasourceConfiguration database;
    /** This process, so it does not deliver its own changes twice. */
    private final String node = UUID.randomUUID().toString();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection listening;

    ChangesAcrossNodes(JdbcOperations jdbc, VisitBroadcaster broadcaster, DatasourceConfiguration database) {
        this.jdbc = jdbc;
        this.broadcaster = broadcaster;
        this.database = database;
        listener = new Thread(this::listen, "visit-changes-across-nodes");
        listener.setDaemon(true);
        listener.start();
    }

    /** Announces the change in the transaction making it: heard by the other nodes once it commits. */
    @EventListener
    void announce(VisitChanged changed) {
        jdbc.prepareStatement("SELECT pg_notify(?, ?)", ps -> {
            ps.setString(1, CHANNEL);
            ps.setString(2, node + " " + changed.visitId());
            return ps.execute();
        });
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.getUrl(), database.getUsername(),
                    database.getPassword())) {
                listening = connection;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                backoff = 500;
                while (running) {
                    PGNotification[] received = notifications.getNotifications(10_000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            hear(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Listening for other nodes' changes failed ({}); connecting again", e.toString());
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            } finally {
                listening = null;
            }
        }
    }

    private void hear(String announcement) {
        int space = announcement.indexOf(' ');
        if (space < 0 || announcement.substring(0, space).equals(node)) {
            return;
        }
        try {
            broadcaster.committedElsewhere(Long.parseLong(announcement.substring(space + 1)));
        } catch (NumberFormatException malformed) {
            LOG.warn("Ignored a malformed change announcement");
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void close() {
        running = false;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        listener.interrupt();
    }
}
