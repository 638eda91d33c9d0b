package fi.huoltopolku.visit;

import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.FreshPostgresDatabase;
import fi.huoltopolku.support.Staff;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two app nodes on one PostgreSQL database (the PostgreSQL tier only): a change committed on one
 * reaches the screens open on the other, and a change rolled back reaches nobody; a node that lost
 * its listening connection catches up on what changed meanwhile.
 */
@MicronautTest(startApplication = false, transactional = false)
class ChangesAcrossNodesIT {

    @Inject VisitService visits;
    @Inject PeopleService people;
    @Inject DatasourceConfiguration database;
    @Inject TransactionOperations<Connection> transactions;
    @Inject ApplicationEventPublisher<VisitChanged> publisher;

    @Test
    void a_committed_change_reaches_the_other_nodes_screens_and_a_rolled_back_one_does_not() throws Exception {
        Person advisor = Staff.advisor(people);
        try (ApplicationContext otherNode = ApplicationContext.builder().environments("test")
                .properties(Map.of("huoltopolku.test.database-name", FreshPostgresDatabase.databaseOf(database.getUrl())))
                .start()) {
            assertThat(otherNode.getBean(DatasourceConfiguration.class).getUrl()).isEqualTo(database.getUrl());
            BlockingQueue<ChangedVisit> heard = new LinkedBlockingQueue<>();
            otherNode.getBean(VisitBroadcaster.class).register(heard::add);

            long booked = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
            ChangedVisit first = heard.poll(10, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.visitId()).isEqualTo(booked);
            // The other node reads the card from the shared database: the car as booked here.
            assertThat(first.card()).hasValueSatisfying(card -> assertThat(card.stage()).isEqualTo(Stage.BOOKED));
            heard.clear();

            // A car booked (its announcement heard), then changed in a transaction that rolls back.
            long rolledBack = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
            ChangedVisit itsBooking;
            do {
                itsBooking = heard.poll(10, TimeUnit.SECONDS);
            } while (itsBooking != null && itsBooking.visitId() != rolledBack);
            assertThat(itsBooking).isNotNull();
            transactions.executeWrite(status -> {
                publisher.publishEvent(new VisitChanged(rolledBack));
                status.setRollbackOnly();
                return null;
            });
            long committed = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
            // Announcements arrive in commit order: had the rolled-back one been sent, it would come first.
            List<Long> before = new ArrayList<>();
            ChangedVisit next;
            while ((next = heard.poll(10, TimeUnit.SECONDS)) != null && next.visitId() != committed) {
                before.add(next.visitId());
            }
            assertThat(next).as("the committed change reached the other node").isNotNull();
            assertThat(before).doesNotContain(rolledBack);
        }
    }

    @Test
    void a_node_that_lost_its_listening_connection_catches_up_on_the_changes_made_meanwhile() throws Exception {
        Person advisor = Staff.advisor(people);
        String name = FreshPostgresDatabase.databaseOf(database.getUrl());
        try (ApplicationContext otherNode = ApplicationContext.builder().environments("test")
                .properties(Map.of("huoltopolku.test.database-name", name)).start();
             // From the cluster's maintenance database: the test's own cannot be closed to itself.
             Connection admin = DriverManager.getConnection(database.getUrl().replace("/" + name, "/postgres"),
                     database.getUsername(), database.getPassword());
             Statement sql = admin.createStatement()) {
            BlockingQueue<ChangedVisit> heard = new LinkedBlockingQueue<>();
            otherNode.getBean(VisitBroadcaster.class).register(heard::add);
            long before = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
            ChangedVisit first;
            do {
                first = heard.poll(10, TimeUnit.SECONDS);
            } while (first != null && first.visitId() != before);
            assertThat(first).as("the other node listens").isNotNull();

            // The listening connections drop (a network glitch, a restarted PostgreSQL) and cannot
            // come back for a while; meanwhile a car is booked on this node.
            sql.execute("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS false");
            long meanwhile;
            try {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                        + "' AND application_name = '" + ChangesAcrossNodes.APPLICATION_NAME + "'");
                heard.clear();
                meanwhile = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
                assertThat(heard.poll(2, TimeUnit.SECONDS)).as("nobody listens on the other node now").isNull();
            } finally {
                sql.execute("ALTER DATABASE " + name + " WITH ALLOW_CONNECTIONS true");
            }
            // Once connected again, the other node's screens get the car booked while it was away.
            ChangedVisit next;
            do {
                next = heard.poll(30, TimeUnit.SECONDS);
            } while (next != null && next.visitId() != meanwhile);
            assertThat(next).as("the change made while the other node did not listen reached its screens").isNotNull();
            assertThat(next.card()).hasValueSatisfying(card -> assertThat(card.stage()).isEqualTo(Stage.BOOKED));
        }
    }
}
