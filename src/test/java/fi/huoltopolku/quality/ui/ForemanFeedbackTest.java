package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.PostInspectionService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ForemanWork.ThemeWork;
import fi.huoltopolku.quality.ForemanWork.Work;
import fi.huoltopolku.quality.MyFeedbackService;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A foreman's "My feedback" shows their own work (it showed seven empty "– done (n 0)" cards, the
 * technician's figures of someone who works on no car): the quality checks and post-inspections
 * they did, how many found a problem, the cars they sent back, and their checked cars' customers.
 */
@Property(name = "huoltopolku.post-inspection.share", value = "1.0")
class ForemanFeedbackTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PostInspectionService inspections;
    @Inject SurveyService surveys;
    @Inject InvitationService invitations;
    @Inject MyFeedbackService myFeedback;

    private Person foreman;

    /**
     * Car A: the foreman answers its quality check with a warning light on (no), sends it back to
     * work, passes it on the second look; its customer rates it 5. Car B: a clean quality check; its
     * customer rates it 2. Car C: drawn for post-inspection, the foreman finds the concern not fixed.
     */
    private void foremansWeek() {
        Person advisor = Staff.advisor(people);
        int n = Staff.next();
        foreman = people.create("frm" + n, "Foreman " + n, Role.FOREMAN, Department.WORKSHOP);

        long a = Journeys.upTo(Stage.QUALITY_CHECK, visits, checks, advisor, Staff.technician(people));
        qualityCheck(a, Answer.YES, Answer.NO, Answer.YES);
        visits.move(a, visits.find(a).getVersion(), Stage.IN_WORK, "Warning light still on", foreman.asActor());
        visits.move(a, visits.find(a).getVersion(), Stage.QUALITY_CHECK, null, advisor.asActor());
        handOver(a, advisor, 5);

        long b = Journeys.upTo(Stage.QUALITY_CHECK, visits, checks, advisor, Staff.technician(people));
        qualityCheck(b, Answer.YES, null, Answer.YES);
        handOver(b, advisor, 2);

        long c = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, Staff.technician(people));
        assertThat(inspections.drawn(c)).as("every car is drawn here").isTrue();
        checks.answer(c, "PI_CONCERN_FIXED", Answer.NO, "Still pulls to the right", Source.POST_INSPECTION, foreman.asActor());
        checks.answer(c, "PI_WORK_TO_STANDARD", Answer.YES, null, Source.POST_INSPECTION, foreman.asActor());
    }

    private void qualityCheck(long visit, Answer fixed, Answer warningLights, Answer covers) {
        checks.answer(visit, "QC_FINAL_INSPECTION", fixed, null, Source.PROCESS, foreman.asActor());
        if (warningLights != null) {
            checks.answer(visit, "QC_NO_WARNING_LIGHTS", warningLights, null, Source.PROCESS, foreman.asActor());
        }
        checks.answer(visit, "QC_COVERS_REMOVED", covers, null, Source.PROCESS, foreman.asActor());
    }

    private void handOver(long visit, Person advisor, int overall) {
        visits.move(visit, visits.find(visit).getVersion(), Stage.READY, null, foreman.asActor());
        Checks.answerMandatory(checks, visit, Stage.READY, advisor.asActor());
        visits.move(visit, visits.find(visit).getVersion(), Stage.FOLLOW_UP, null, advisor.asActor());
        surveys.submit(invitations.ofVisit(visit).get(0).token(), new SurveyAnswers(overall, null, Map.of(), null, false), "fi");
    }

    @Test
    void a_foreman_reads_their_quality_checks_post_inspections_and_cars_sent_back() {
        foremansWeek();
        actAs(foreman);
        Work work = myFeedback.mine(90).foreman();

        // Quality checks on A and B (2 cars), a "no" only on A (1); post-inspection of C (1 car, 1 "no").
        assertThat(work.qualityChecks()).isEqualTo(2);
        assertThat(work.qualityChecksFound()).isEqualTo(1);
        assertThat(work.postInspections()).isEqualTo(1);
        assertThat(work.postInspectionsFound()).isEqualTo(1);
        // A was sent back once.
        assertThat(work.sentBack()).isEqualTo(1);
        // A's customer gave 5 (satisfied), B's 2: 1 of 2.
        assertThat(work.customersSatisfied()).isEqualTo(new Proportion(1, 2));
        // Work quality: A fixed yes + warning lights no, B fixed yes = 3 answers, 1 no; C: 2 answers, 1 no.
        // Care: covers removed on A and B = 2 answers, no "no"; no other theme was checked.
        assertThat(work.themes()).extracting(line -> line.theme().code()).containsExactly("WORK_QUALITY", "CARE");
        ThemeWork quality = work.themes().get(0);
        assertThat(List.of(quality.checked(), quality.checkedNo(), quality.inspected(), quality.inspectedNo()))
                .containsExactly(3L, 1L, 2L, 1L);
        ThemeWork care = work.themes().get(1);
        assertThat(List.of(care.checked(), care.checkedNo(), care.inspected(), care.inspectedNo()))
                .containsExactly(2L, 0L, 0L, 0L);
    }

    @Test
    void on_the_screen_the_foreman_sees_their_numbers_and_no_empty_technician_cards() {
        foremansWeek();
        actAs(foreman);
        UI.getCurrent().navigate(MyFeedbackView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withId("foreman-quality-checks")).getText())
                .isEqualTo("Quality checks: 2 cars, a problem found in 1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("foreman-post-inspections")).getText())
                .isEqualTo("Post-inspections: 1 car, a problem found in 1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("foreman-sent-back")).getText())
                .isEqualTo("Sent back to work from the quality check: 1 car");
        assertThat(_get(Paragraph.class, spec -> spec.withId("foreman-customers")).getText())
                .startsWith("Customers of the cars you quality-checked: 50\u00a0% satisfied (n 2) · workshop");
        Div quality = _find(_get(Div.class, spec -> spec.withId("foreman-themes")), Div.class).stream()
                .filter(card -> "WORK_QUALITY".equals(card.getElement().getAttribute("data-theme"))).findFirst().orElseThrow();
        assertThat(_find(quality, Paragraph.class)).extracting(Paragraph::getText).containsExactly(
                "Quality checks: 3 answers, 1 found a problem", "Post-inspections: 2 answers, 1 found a problem");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).noneMatch(text -> text.contains("(n 0)"));
    }
}
