package fi.huoltopolku.survey;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.CheckInService;
import fi.huoltopolku.checks.ChecklistRow;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.MessagesBy;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.EventKind;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitEvent;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class StatusMessagesTest {

    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject CustomerService customers;
    @Inject InvitationService invitations;
    @Inject CheckInService checkIns;

    private List<String> sms(long visitId) {
        return invitations.outbox(visitId).stream().filter(m -> m.channel() == MessageChannel.SMS)
                .map(OutboxMessage::body).toList();
    }

    @Test
    void the_customer_hears_of_check_in_and_pickup_by_text_message() {
        Person advisor = Staff.advisor(people);
        long id = Journeys.upTo(Stage.READY, visits, checks, advisor, Staff.technician(people));
        VisitCard card = overview.card(id);

        // Checked in (with the promised time in the workshop's zone), then ready.
        assertThat(sms(id)).hasSize(2)
                .anySatisfy(body -> assertThat(body).startsWith("Huoltopolku Demo Autohuolto: " + card.plate()
                        + " on valmis noudettavaksi"))
                .anySatisfy(body -> assertThat(body).contains(card.plate() + " on vastaanotettu. Lupasimme sen valmiiksi ",
                        " klo "));
        assertThat(invitations.outbox(id)).allSatisfy(m -> assertThat(m.recipient()).isEqualTo(card.customerPhone()));
    }

    @Test
    void a_customer_who_chose_e_mail_at_check_in_hears_by_e_mail() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));

        // No e-mail address yet: e-mail cannot be chosen, and nothing is checked in.
        assertThatThrownBy(() -> checkIns.checkIn(id, visits.find(id).getVersion(), CheckIn.as(
                Set.of(), null), List.of(), false, MessagesBy.EMAIL, advisor.asActor()))
                .isInstanceOf(Problem.class).hasMessage("Messages by: no e-mail address for e-mail");
        assertThat(overview.card(id).stage()).isEqualTo(Stage.BOOKED);

        checkIns.checkIn(id, visits.find(id).getVersion(), new CheckIn(Set.of(), null,
                null, "owner@example.com", null), List.of(), false, MessagesBy.EMAIL,
                advisor.asActor());

        assertThat(invitations.outbox(id)).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(MessageChannel.EMAIL);
            assertThat(m.recipient()).isEqualTo("owner@example.com");
            // The e-mail's subject names the workshop; its text does not say it again.
            assertThat(m.subject()).isEqualTo("Huoltopolku Demo Autohuolto: autosi " + overview.card(id).plate());
            assertThat(m.body()).startsWith(overview.card(id).plate() + " on vastaanotettu.")
                    .doesNotContain("Huoltopolku");
        });
    }

    @Test
    void a_customer_who_declined_messages_gets_none() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        customers.setContactDeclined(overview.card(id).customerId(), true);

        Journeys.upTo(id, Stage.READY, visits, checks, advisor, Staff.technician(people));

        assertThat(invitations.outbox(id)).isEmpty();
    }

    @Test
    void a_later_promise_with_a_reason_is_told_logged_as_a_contact_and_counts_as_told_in_time() {
        Person advisor = Staff.advisor(people);
        long id = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, Staff.technician(people));
        Instant before = overview.card(id).promisedAt();
        Instant later = before.plus(Duration.ofHours(20));

        assertThatThrownBy(() -> visits.changePromise(id, visits.find(id).getVersion(), before, " ", true,
                advisor.asActor())).isInstanceOf(Problem.class)
                .hasMessage("Reason: required; Promised handover: the same time as promised already");
        visits.changePromise(id, visits.find(id).getVersion(), later, "The part arrives tomorrow morning", true,
                advisor.asActor());

        assertThat(overview.card(id).promisedAt()).isEqualTo(later);
        assertThat(sms(id)).anySatisfy(body -> assertThat(body).contains("valmistuu luvattua myöhemmin",
                "Syy: The part arrives tomorrow morning"));
        List<VisitEvent> timeline = overview.timeline(id);
        assertThat(timeline).extracting(VisitEvent::kind).contains(EventKind.PROMISE, EventKind.CONTACT);
        assertThat(checks.overview(id)).filteredOn(r -> r.code().equals("DRV_DELAY_TOLD"))
                .extracting(ChecklistRow::answer).containsExactly(Answer.YES);
    }

    private static final String WORKSHOP = "Huoltopolku Demo Autohuolto";

    private static int times(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void every_text_to_the_customer_and_every_contact_logged_names_the_workshop_once() {
        Person advisor = Staff.advisor(people);
        long id = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, Staff.technician(people));
        visits.changePromise(id, visits.find(id).getVersion(), overview.card(id).promisedAt().plus(Duration.ofHours(20)),
                "Osa tulee huomenna", true, advisor.asActor());
        for (Stage next : new Stage[] {Stage.QUALITY_CHECK, Stage.READY, Stage.FOLLOW_UP}) {
            Checks.answerMandatory(checks, id, visits.find(id).getStage(), advisor.asActor());
            visits.move(id, visits.find(id).getVersion(), next, null, advisor.asActor());
        }

        // Checked in, delayed, ready, and the survey's invitation: each text message begins with the name, once.
        List<String> texts = sms(id);
        assertThat(texts).hasSize(4).allSatisfy(body -> {
            assertThat(body).startsWith(WORKSHOP + ": ");
            assertThat(times(body, WORKSHOP)).as(body).isEqualTo(1);
        });
        // The delay told, logged as a contact the workshop made: shown as "who: what", the name once.
        assertThat(overview.details(id).contacts()).singleElement().satisfies(contact -> {
            String shown = contact.staffName() + ": " + contact.summary();
            assertThat(times(shown, WORKSHOP)).as(shown).isEqualTo(1);
            assertThat(contact.summary()).contains("valmistuu luvattua myöhemmin", "Syy: Osa tulee huomenna");
        });
        assertThat(overview.timeline(id)).filteredOn(e -> e.kind() == EventKind.CONTACT).singleElement()
                .satisfies(e -> assertThat(times(e.actorName() + " " + e.note(), WORKSHOP)).isEqualTo(1));
    }

    @Test
    void a_later_promise_not_told_sends_nothing() {
        Person advisor = Staff.advisor(people);
        long id = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, Staff.technician(people));
        int sent = invitations.outbox(id).size();

        visits.changePromise(id, visits.find(id).getVersion(), overview.card(id).promisedAt().plus(Duration.ofHours(2)),
                "Waiting for parts", false, advisor.asActor());

        assertThat(invitations.outbox(id)).hasSize(sent);
        assertThat(overview.timeline(id)).extracting(VisitEvent::kind).doesNotContain(EventKind.CONTACT);
    }
}
