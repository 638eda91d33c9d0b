package fi.huoltopolku.quality;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.quality.stats.Change;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An action on invoice & handover starting 1 March 2026. Ten visits in February: "invoice explained"
 * yes, "next service explained" no, customers rate handover 2. Ten visits in March: both yes,
 * customers rate it 5.
 * <pre>
 * before: checks 10 yes of 20 = 50 %, customers 0 of 10 satisfied
 * after:  checks 20 yes of 20 = 100 %, customers 10 of 10 satisfied; 10 ≥ 10 answers: enough
 * (the intervals of the differences are worked by hand in stats.ChangeTest)
 * </pre>
 */
@MicronautTest(startApplication = false, transactional = false)
class ImprovementServiceTest {

    @Inject ImprovementService improvements;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject SurveyService surveys;
    @Inject InvitationService invitations;
    @Inject TrendService trends;

    private void visit(Person advisor, Person technician, Instant bookedAt, Answer nextService, int handover) {
        long id = Journeys.upTo(Stage.READY, visits, checks, advisor, technician, bookedAt);
        checks.answer(id, "RDY_NEXT_SERVICE", nextService, null, Source.PROCESS, advisor.asActor());
        Checks.answerMandatory(checks, id, Stage.READY, advisor.asActor());
        visits.move(id, visits.find(id).getVersion(), Stage.FOLLOW_UP, null, advisor.asActor());
        surveys.submit(invitations.ofVisit(id).get(0).token(),
                new SurveyAnswers(4, null, Map.of("HANDOVER", handover), null, false), "fi");
    }

    @Test
    void the_theme_is_measured_before_and_after_the_start_and_says_when_there_is_enough_data() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long action = improvements.start("HANDOVER", "Walk every customer through the invoice at the car",
                advisor.id(), LocalDate.parse("2026-03-01"), advisor.asActor());
        assertThat(improvements.beforeAfter(action).enoughAfter()).isFalse();

        for (int i = 0; i < 10; i++) {
            visit(advisor, technician, Instant.parse("2026-02-10T07:00:00Z").plus(i, ChronoUnit.HOURS), Answer.NO, 2);
            visit(advisor, technician, Instant.parse("2026-03-10T07:00:00Z").plus(i, ChronoUnit.HOURS), Answer.YES, 5);
        }
        improvements.practised(action, LocalDate.parse("2026-03-02"), "Aino, Mikko, Sara", "Role play at the counter");
        improvements.advance(action, 0);

        BeforeAfter figures = improvements.beforeAfter(action);
        assertThat(figures.objectiveBefore()).isEqualTo(new Proportion(10, 20));
        assertThat(figures.objectiveAfter()).isEqualTo(new Proportion(20, 20));
        assertThat(figures.subjectiveBefore()).isEqualTo(new Proportion(0, 10));
        assertThat(figures.subjectiveAfter()).isEqualTo(new Proportion(10, 10));
        assertThat(figures.enoughAfter()).isTrue();
        // Did it work? Checks +50 points (95 % +24.3 to +70.1), customers +100 (+60.8 to +100): both improved.
        assertThat(figures.objective().verdict()).isEqualTo(Change.Verdict.IMPROVED);
        assertThat(figures.objective().low()).isCloseTo(24.26, Offset.offset(0.01));
        assertThat(figures.subjective().verdict()).isEqualTo(Change.Verdict.IMPROVED);
        assertThat(figures.subjective().low()).isCloseTo(60.75, Offset.offset(0.01));
        assertThat(improvements.all().stream().filter(a -> a.id() == action).findFirst().orElseThrow().status())
                .isEqualTo(ActionStatus.IN_PRACTICE);
        assertThat(improvements.sessions(action)).extracting(PracticeSession::attendees).containsExactly("Aino, Mikko, Sara");
        // The same data month by month: February 10/20 and 0/10, March 20/20 and 10/10.
        var monthly = trends.trend(FigureFilter.period(Instant.parse("2026-01-31T22:00:00Z"),
                Instant.parse("2026-03-31T21:00:00Z")), "HANDOVER", TrendService.Step.MONTH);
        assertThat(monthly).extracting(TrendPoint::periodStart)
                .containsExactly(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01"));
        assertThat(monthly.get(0).objective()).isEqualTo(new Proportion(10, 20));
        assertThat(monthly.get(0).subjective()).isEqualTo(new Proportion(0, 10));
        assertThat(monthly.get(1).objective()).isEqualTo(new Proportion(20, 20));
        assertThat(monthly.get(1).subjective()).isEqualTo(new Proportion(10, 10));
        assertThatThrownBy(() -> improvements.start("HANDOVER", " ", advisor.id(), LocalDate.parse("2026-06-10"), advisor.asActor()))
                .isInstanceOf(Problem.class).hasMessage("What will change: required");
    }
}
