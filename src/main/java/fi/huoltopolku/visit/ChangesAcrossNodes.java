package fi.huoltopolku.visit;

import fi.huoltopolku.base.WorkshopClock;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
 * <p>A node that loses its listening connection connects again within seconds and then catches up:
 * the visits changed since it last heard (their timeline or their row, with a margin for clocks and
 * commits) are delivered to its screens as if announced, so no change made meanwhile is missed.
 */
@Context
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
public class ChangesAcrossNodes {

    static final String CHANNEL = "huoltopolku_visit_changed";
    /** The listening connection's name in PostgreSQL (pg_stat_activity.application_name). */
    static final String APPLICATION_NAME = "huoltopolku-listener";
    /** How far before the last sure moment a catch-up looks: other nodes' clocks, commits under way. */
    static final Duration CATCH_UP_MARGIN = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(ChangesAcrossNodes.class);

    private final JdbcOperations jdbc;
    private final VisitBroadcaster broadcaster;
    private final DatasourceConfiguration database;
    private final WorkshopClock clock;
    /** This process, so it does not deliver its own changes twice. */
    private final String node = UUID.randomUUID().toString();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection listening;

    ChangesAcrossNodes(JdbcOperations jdbc, VisitBroadcaster broadcaster, DatasourceConfiguration database,
            WorkshopClock clock) {
        this.jdbc = jdbc;
        this.broadcaster = broadcaster;
        this.database = database;
        this.clock = clock;
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
        // Until when every change is known to have been heard (null before the first connection:
        // the screens open then read the database themselves).
        Instant heardUntil = null;
        while (running) {
            Properties login = new Properties();
            if (database.getUsername() != null) {
                login.setProperty("user", database.getUsername());
            }
            if (database.getPassword() != null) {
                login.setProperty("password", database.getPassword());
            }
            login.setProperty("ApplicationName", APPLICATION_NAME);
            try (Connection connection = DriverManager.getConnection(database.getUrl(), login)) {
                listening = connection;
                Instant listeningFrom = clock.now();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                if (heardUntil != null) {
                    catchUp(connection, heardUntil.minus(CATCH_UP_MARGIN));
                }
                heardUntil = listeningFrom;
                backoff = 500;
                while (running) {
                    Instant polling = clock.now();
                    PGNotification[] received = notifications.getNotifications(10_000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            hear(notification.getParameter());
                        }
                    }
                    // Every change committed before this poll began has been heard by now.
                    heardUntil = polling;
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

    /** Delivers the visits changed since the moment given: those announced while nobody listened. */
    private void catchUp(Connection connection, Instant since) throws SQLException {
        List<Long> changed = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM visit WHERE updated_at >= ? UNION SELECT visit_id FROM visit_event WHERE at >= ?")) {
            OffsetDateTime from = since.atOffset(ZoneOffset.UTC);
            query.setObject(1, from);
            query.setObject(2, from);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changed.add(rows.getLong(1));
                }
            }
        }
        LOG.info("Listening again for other nodes' changes: {} visits changed since {} delivered", changed.size(), since);
        changed.forEach(broadcaster::committedElsewhere);
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
