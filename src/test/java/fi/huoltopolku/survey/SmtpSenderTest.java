package fi.huoltopolku.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.FakeSmtp;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

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
        Instant at = fi.huoltopolku.support.TestTime.soon();
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
        assertThat(smtp.received()).hasSize(3).allSatisfy(mail -> assertThat(mail).contains("To: eeva@example.com"))
                .anySatisfy(mail -> assertThat(mail).contains("/survey/" + invitations.ofVisit(id).get(0).token()));
    }
}
