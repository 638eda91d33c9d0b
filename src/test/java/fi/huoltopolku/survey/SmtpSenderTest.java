package fi.huoltopolku.survey;

import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.FakeSmtp;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static org.assertj.core.api.Assertions.assertThat;

/** With an SMTP host configured, the invitation e-mail really goes out (to a tiny SMTP server here). */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmtpSenderTest implements TestPropertyProvider {

    private FakeSmtp smtp;

    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject InvitationService invitations;

    @Override
    public Map<String, String> getProperties() {
        smtp = FakeSmtp.start();
        return Map.of("huoltopolku.smtp.host", "127.0.0.1", "huoltopolku.smtp.port", String.valueOf(smtp.port()),
                "huoltopolku.smtp.from", "huolto@example.com");
    }

    @AfterAll
    void stop() throws IOException {
        smtp.close();
    }

    @Test
    void the_invitation_is_e_mailed_and_the_outbox_says_sent() {
        Person advisor = Staff.advisor(people);
        Instant at = TestTime.soon();
        long id = visits.book(new Booking(new CustomerDetails("Eeva Esimerkki", null, "eeva@example.com", Staff.plate(),
                null, "Volvo", "V60", 2020), "Service", at, at.plus(5, ChronoUnit.HOURS), advisor.id(), Set.of()),
                advisor.asActor());
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), Staff.technician(people).id()),
                advisor.asActor());
        for (Stage next : new Stage[] {Stage.IN_WORK, Stage.QUALITY_CHECK, Stage.READY, Stage.FOLLOW_UP}) {
            Checks.answerMandatory(checks, id, visits.find(id).getStage(), advisor.asActor());
            visits.move(id, visits.find(id).getVersion(), next, null, advisor.asActor());
        }

        // Checked in, ready for pickup, and the survey invitation: every one e-mailed (no phone number).
        assertThat(invitations.outbox(id)).hasSize(3).allSatisfy(mail -> {
            assertThat(mail.channel()).isEqualTo(MessageChannel.EMAIL);
            assertThat(mail.status()).isEqualTo(MessageStatus.SENT);
        });
        assertThat(smtp.received().stream().filter(mail -> mail.contains("To: eeva@example.com"))).hasSize(3)
                .anySatisfy(mail -> assertThat(mail).contains("/survey/" + invitations.ofVisit(id).get(0).token()));
    }

    @Inject Outbox outbox;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void a_change_that_is_rolled_back_tells_the_customer_nothing_and_a_committed_one_is_sent_after_its_commit() {
        Person advisor = Staff.advisor(people);
        Instant at = TestTime.soon();
        long id = visits.book(new Booking(new CustomerDetails("Risto Rollback", null, "risto@example.com", Staff.plate(),
                null, "Volvo", "V60", 2020), "Service", at, at.plus(5, ChronoUnit.HOURS), advisor.id(), Set.of()),
                advisor.asActor());
        int before = smtp.received().size();
        try {
            transactions.executeWrite(status -> {
                outbox.send(id, "risto@example.com", MessageChannel.EMAIL, "Your car", "It is ready");
                // While the change is still open, nothing has left.
                assertThat(smtp.received()).hasSize(before);
                throw new IllegalStateException("the change fails after recording the message");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(smtp.received()).as("nothing sent for a rolled-back change").hasSize(before);
        assertThat(invitations.outbox(id)).isEmpty();

        transactions.executeWrite(status -> {
            outbox.send(id, "risto@example.com", MessageChannel.EMAIL, "Your car", "It is ready");
            assertThat(smtp.received()).as("not while the change is open").hasSize(before);
            return null;
        });
        assertThat(smtp.received()).hasSize(before + 1);
        assertThat(invitations.outbox(id)).singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
    }
}
