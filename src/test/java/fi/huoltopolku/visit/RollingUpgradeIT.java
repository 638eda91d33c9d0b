package fi.huoltopolku.visit;

import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Staff;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rolling upgrade on PostgreSQL (the PostgreSQL tier only; bench/rolling-upgrade.sh does it with
 * two real nodes): while a node of the previous release keeps booking cars, the next release's
 * migration adds a column to the visits' table; the old node's next bookings still succeed. With
 * the driver's default of server-side prepared statements, a booking prepared before the new column
 * failed once per connection ("cached plan must not change result type"); the app
 * has every statement planned anew (infra.UpgradablePostgres).
 */
class RollingUpgradeIT {

    @Test
    void a_node_of_the_previous_release_keeps_booking_after_the_next_release_adds_a_column() throws Exception {
        try (ApplicationContext oldNode = ApplicationContext.builder().environments("test").start()) {
            @SuppressWarnings("unchecked")
            TransactionOperations<Connection> transactions = oldNode.getBean(TransactionOperations.class);
            int prepareThreshold = transactions.executeRead(status -> {
                try {
                    return status.getConnection().unwrap(PGConnection.class).getPrepareThreshold();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(prepareThreshold).isZero();
            VisitService visits = oldNode.getBean(VisitService.class);
            Person advisor = Staff.advisor(oldNode.getBean(PeopleService.class));
            // More bookings than the driver's default threshold (5) for preparing on the server.
            for (int i = 0; i < 8; i++) {
                Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
            }

            // The next release's first node migrates the shared database meanwhile.
            DatasourceConfiguration database = oldNode.getBean(DatasourceConfiguration.class);
            try (Connection nextRelease = DriverManager.getConnection(database.getUrl(), database.getUsername(),
                    database.getPassword()); Statement sql = nextRelease.createStatement()) {
                sql.execute("ALTER TABLE visit ADD COLUMN rolling_upgrade_probe VARCHAR(40)");
            }

            List<Long> bookedAfter = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                bookedAfter.add(Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class)));
            }
            assertThat(bookedAfter).hasSize(8).doesNotHaveDuplicates();
            VisitOverviewService overview = oldNode.getBean(VisitOverviewService.class);
            for (long id : bookedAfter) {
                assertThat(overview.card(id).stage()).isEqualTo(Stage.BOOKED);
            }
        }
    }
}
