package fi.huoltopolku.feedback;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false)
class FeedbackServiceTest {

    @Inject FeedbackService feedback;
    @Inject CommentTagger tagger;
    @Inject SurveyService surveys;
    @Inject InvitationService invitations;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject WorkshopClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long answered(Person advisor, int overall, Integer nps, String comment) {
        long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, Staff.technician(people));
        surveys.submit(invitations.ofVisit(visit).get(0).token(),
                new SurveyAnswers(overall, nps, Map.of(), comment, true), "fi");
        return visit;
    }

    @Test
    void a_low_rating_opens_a_case_in_the_advisors_inbox_and_a_happy_one_does_not() {
        Person advisor = Staff.advisor(people);
        long unhappy = answered(advisor, 2, 4, "Waited two hours past the promised time");
        long happy = answered(advisor, 5, 10, null);

        List<FeedbackCard> inbox = feedback.open(advisor.id());
        assertThat(inbox).extracting(FeedbackCard::visitId).containsExactly(unhappy);
        FeedbackCard card = inbox.get(0);
        assertThat(card.reasons()).containsExactly("COMMENT", "LOW_RATING", "DETRACTOR");
        assertThat(card.status()).isEqualTo(CaseStatus.NEW);
        assertThat(card.suggestedTags()).contains("TIMELINESS");
        assertThat(feedback.ofVisit(happy)).isEmpty();
    }

    @Test
    void a_case_is_contacted_then_resolved_only_with_the_resolution_written_down() {
        Person advisor = Staff.advisor(people);
        answered(advisor, 1, null, "Grease on the seat");
        FeedbackCard card = feedback.open(advisor.id()).get(0);

        feedback.contacted(card.id(), card.version(), "Called, apologised, offered a free interior clean",
                advisor.asActor());
        assertThatThrownBy(() -> feedback.resolve(card.id(), card.version() + 1, "  ", advisor.asActor()))
                .isInstanceOf(Problem.class).hasMessage("What was done: required");
        feedback.resolve(card.id(), card.version() + 1, "Interior cleaned on 24.11.", advisor.asActor());

        assertThat(feedback.open(advisor.id())).isEmpty();
        assertThat(feedback.ofVisit(card.visitId()).get(0).resolution()).isEqualTo("Interior cleaned on 24.11.");
    }

    @Test
    void tags_are_stored_and_suggestions_come_from_both_languages_keywords() {
        Person advisor = Staff.advisor(people);
        answered(advisor, 2, null, "Lasku oli kallis ja auto likainen");
        FeedbackCard card = feedback.open(advisor.id()).get(0);
        assertThat(card.suggestedTags()).containsExactly("CARE", "HANDOVER");

        feedback.tag(card.id(), Set.of("HANDOVER", "CARE"));
        assertThat(feedback.open(advisor.id()).get(0).tags()).containsExactly("CARE", "HANDOVER");
        assertThat(feedback.commentsAbout("CARE", Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")))
                .contains(new Said("Lasku oli kallis ja auto likainen", 1, 1, 0));
        assertThat(feedback.commentsAbout("TIMELINESS", Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")))
                .extracting(Said::text).doesNotContain("Lasku oli kallis ja auto likainen");
        // Two more customers write the same words: still one comment, said three times.
        for (int i = 0; i < 2; i++) {
            long visit = answered(advisor, 2, null, "lasku oli  kallis ja auto likainen ");
            FeedbackCard again = feedback.open(advisor.id()).stream().filter(c -> c.visitId() == visit).findFirst().orElseThrow();
            feedback.tag(again.id(), Set.of("CARE"));
        }
        assertThat(feedback.commentsAbout("CARE", Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")))
                .filteredOn(said -> said.text().equalsIgnoreCase("Lasku oli kallis ja auto likainen")
                        || said.text().equalsIgnoreCase("lasku oli  kallis ja auto likainen"))
                .extracting(Said::times).containsExactly(3);
        feedback.setKeywords("TIMELINESS", "fi", List.of("kesti", "Myöhässä"));
        assertThat(feedback.keywords("TIMELINESS", "fi")).containsExactly("kesti", "myöhässä");
        // A word a manager adds to a list is suggested from then on.
        assertThat(feedback.suggest("Kahvi oli kylmää")).doesNotContain("RECEPTION");
        List<String> reception = new ArrayList<>(feedback.keywords("RECEPTION", "fi"));
        reception.add("kahvi");
        feedback.setKeywords("RECEPTION", "fi", reception);
        feedback.suggest("Kahvi oli kylmää");
        tagger.awaitLearning();
        assertThat(feedback.suggest("Kahvi oli kylmää")).contains("RECEPTION");
    }

    @Test
    void the_suggestions_learn_the_words_staff_tag() {
        Person advisor = Staff.advisor(people);
        // No list and no shipped comment says that a missing courtesy car is about booking; staff do.
        String novel = "Sijaisauto puuttui kokonaan";
        assertThat(feedback.suggest(novel)).doesNotContain("BOOKING");
        for (String comment : List.of("Sijaisautoa ei ollut tarjolla", "Sijaisauto oli varattu muille",
                "Sijaisautot loppuivat kesken", "Sijaisautoa ei luvattu")) {
            long visit = answered(advisor, 2, null, comment);
            FeedbackCard card = feedback.open(advisor.id()).stream().filter(c -> c.visitId() == visit).findFirst().orElseThrow();
            feedback.tag(card.id(), Set.of("BOOKING"));
        }
        feedback.suggest(novel); // notices the new tags: learns again in the background
        tagger.awaitLearning();
        assertThat(feedback.suggest(novel)).contains("BOOKING");
    }

    @Test
    void the_kpi_counts_cases_contacted_by_their_due_time() {
        // Three cases opened Wednesday 4.11.2026 (due end of Friday 6.11. Helsinki):
        // one contacted Thursday (in time), one contacted the next Monday (late), one never.
        // On Tuesday 10.11. all three are due: 1 in time of 3.
        Instant wednesday = Instant.parse("2026-11-04T10:00:00Z");
        clock.use(Clock.fixed(wednesday, ZoneOffset.UTC));
        Person advisor = Staff.advisor(people);
        answered(advisor, 1, null, null);
        answered(advisor, 1, null, null);
        answered(advisor, 1, null, null);
        List<FeedbackCard> open = feedback.open(advisor.id());
        clock.use(Clock.fixed(wednesday.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        feedback.contacted(open.get(0).id(), open.get(0).version(), "Called", advisor.asActor());
        clock.use(Clock.fixed(wednesday.plus(Duration.ofDays(5)), ZoneOffset.UTC));
        feedback.contacted(open.get(1).id(), open.get(1).version(), "Called late", advisor.asActor());
        clock.use(Clock.fixed(wednesday.plus(Duration.ofDays(6)), ZoneOffset.UTC));

        ContactKpi kpi = feedback.kpi(wednesday.minus(Duration.ofHours(1)), wednesday.plus(Duration.ofHours(1)));
        assertThat(kpi.due()).isEqualTo(3);
        assertThat(kpi.contactedInTime()).isEqualTo(1);
        assertThat(feedback.open(advisor.id())).filteredOn(FeedbackCard::overdue).hasSize(1);
    }
}
