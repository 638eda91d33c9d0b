package fi.huoltopolku.survey;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Four visits handed over on 9 March 2026 (each invited): advisor A has three, advisor B one.
 * <pre>
 * V1 survey: overall 5, NPS 10, timeliness 5, care 4; A estimated 4  → estimate − actual = −1
 * V2 survey: overall 2, NPS 3,  timeliness 2, care 5; A estimated 5  → +3
 * V3 no answer;                                       A estimated 3  → no pair
 * V4 phone:  overall 4, NPS 8,  timeliness 4;         B estimated 2  → −2
 * overall: 5, 2, 4 → top-2-box 2/3, mean 11/3
 * timeliness: 5, 2, 4 → 2/3, mean 11/3; survey only 5, 2 → 1/2; phone only 4 → 1/1
 * care: 4, 5 → 2/2, mean 4.5
 * NPS: promoter 10, detractor 3, passive 8 → (1 − 1) / 3 = 0
 * response rate: 2 self-completed / 4 invitations = 0.5
 * estimate bias: A (−1 + 3) / 2 = +1.0, B −2
 * </pre>
 */
@MicronautTest(startApplication = false)
class SatisfactionServiceTest {

    private static final Instant DAY = Instant.parse("2026-03-09T06:00:00Z");
    private static final Offset<Double> EXACT = Offset.offset(1e-9);

    @Inject SatisfactionService satisfaction;
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

    private long handedOver(Person advisor) {
        long id = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, Staff.technician(people), DAY);
        return id;
    }

    private void answer(long visit, int overall, int nps, Map<String, Integer> ratings) {
        surveys.submit(invitations.ofVisit(visit).get(0).token(), new SurveyAnswers(overall, nps, ratings, null, false),
                "fi");
    }

    @Test
    void satisfaction_nps_response_rate_and_estimate_bias_match_the_hand_calculation() {
        clock.use(Clock.fixed(DAY.minus(Duration.ofMinutes(30)), ZoneOffset.UTC));
        Person a = Staff.advisor(people);
        Person b = Staff.advisor(people);
        long v1 = handedOver(a);
        long v2 = handedOver(a);
        long v3 = handedOver(a);
        long v4 = handedOver(b);
        surveys.estimate(v1, 4, a.asActor());
        surveys.estimate(v2, 5, a.asActor());
        surveys.estimate(v3, 3, a.asActor());
        surveys.estimate(v4, 2, b.asActor());
        answer(v1, 5, 10, Map.of("TIMELINESS", 5, "CARE", 4));
        answer(v2, 2, 3, Map.of("TIMELINESS", 2, "CARE", 5));
        surveys.phoneAnswers(v4, new SurveyAnswers(4, 8, Map.of("TIMELINESS", 4), null, false), b.asActor());

        SatisfactionFigures f = satisfaction.figures(FigureFilter.period(DAY.minus(Duration.ofHours(1)),
                DAY.plus(Duration.ofHours(23))));

        assertThat(f.overall()).isEqualTo(new Satisfaction(3, 2, 11));
        assertThat(f.overall().topTwoShare()).isCloseTo(2.0 / 3, EXACT);
        assertThat(f.overall().mean()).isCloseTo(11.0 / 3, EXACT);
        assertThat(f.byTheme().get("TIMELINESS")).isEqualTo(new Satisfaction(3, 2, 11));
        assertThat(f.byTheme().get("CARE").topTwoShare()).isEqualTo(1.0);
        assertThat(f.byTheme().get("CARE").mean()).isEqualTo(4.5);
        assertThat(f.byThemeAndSource().get(ResponseSource.SURVEY).get("TIMELINESS").topTwoShare()).isEqualTo(0.5);
        assertThat(f.byThemeAndSource().get(ResponseSource.PHONE).get("TIMELINESS")).isEqualTo(new Satisfaction(1, 1, 4));
        assertThat(f.nps()).isEqualTo(new Nps(1, 1, 1));
        assertThat(f.nps().score()).isCloseTo(0.0, EXACT);
        assertThat(f.invitations()).isEqualTo(4);
        assertThat(f.responseRate()).isEqualTo(0.5);
        assertThat(f.estimateBiasByAdvisor().get(a.id()).mean()).isEqualTo(1.0);
        assertThat(f.estimateBiasByAdvisor().get(a.id()).n()).isEqualTo(2);
        assertThat(f.estimateBiasByAdvisor().get(b.id()).mean()).isEqualTo(-2.0);

        SatisfactionFigures onlyB = satisfaction.figures(FigureFilter.period(DAY.minus(Duration.ofHours(1)),
                DAY.plus(Duration.ofHours(23))).advisor(b.id()));
        assertThat(onlyB.overall()).isEqualTo(new Satisfaction(1, 1, 4));
        assertThat(onlyB.responseRate()).isEqualTo(0.0);
        // Every visit had an advisor from reception: the department's figures are the whole day's.
        assertThat(satisfaction.figures(FigureFilter.period(DAY.minus(Duration.ofHours(1)), DAY.plus(Duration.ofHours(23)))
                .department("RECEPTION")).overall()).isEqualTo(new Satisfaction(3, 2, 11));
        assertThat(satisfaction.figures(FigureFilter.period(DAY.minus(Duration.ofHours(1)), DAY.plus(Duration.ofHours(23)))
                .department("VALET")).overall().n()).isZero();
    }

    @Test
    void nps_and_top_two_box_edge_cases() {
        assertThat(Nps.NONE.score()).isNull();
        assertThat(Nps.of(9).plus(Nps.of(10)).score()).isEqualTo(100.0);
        assertThat(Nps.of(6).plus(Nps.of(0)).score()).isEqualTo(-100.0);
        assertThat(Nps.of(7).score()).isEqualTo(0.0);
        assertThat(Satisfaction.NONE.topTwoShare()).isNull();
        assertThat(Satisfaction.of(3).topTwoShare()).isEqualTo(0.0);
        assertThat(EstimateBias.NONE.mean()).isNull();
    }
}
