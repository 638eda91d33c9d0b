package fi.huoltopolku.checks.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistRow;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.PostInspectionService;
import fi.huoltopolku.desk.MyJobsView;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Property;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@Property(name = "huoltopolku.post-inspection.share", value = "1.0")
class ChecklistViewsTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PostInspectionService inspections;

    private Div row(String code) {
        return _find(Div.class, spec -> spec.withClasses("checklist-row")).stream()
                .filter(d -> code.equals(d.getElement().getAttribute("data-item"))).findFirst().orElseThrow();
    }

    private void tap(String code, Answer answer) {
        _click(_get(row(code), Button.class, spec -> spec.withClasses("answer-" + answer.name())));
    }

    private Answer saved(long visitId, Stage stage, String code) {
        return checks.checklist(visitId, stage).stream().filter(r -> r.code().equals(code))
                .map(ChecklistRow::answer).findFirst().orElse(null);
    }

    @Test
    void a_technician_answers_with_one_tap_each_and_the_car_moves_on_only_when_mandatory_items_are_answered() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long id = Staff.book(visits, advisor, Staff.plate(), Set.of());
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), technician.id()), advisor.asActor());
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN, advisor.asActor());
        visits.beginWork(id, visits.find(id).getVersion(), technician.asActor());
        actAs(technician);
        UI.getCurrent().navigate(MyJobsView.class);
        _click(_get(Button.class, spec -> spec.withClasses("action-checklist")));

        tap("WRK_COVERS", Answer.YES);
        assertThat(saved(id, Stage.IN_WORK, "WRK_COVERS")).isEqualTo(Answer.YES);
        assertThat(_get(Span.class, spec -> spec.withId("checklist-progress")).getText())
                .isEqualTo("1 of 4 answered · 1 mandatory open");

        _click(_get(Button.class, spec -> spec.withId("checklist-onwards")));
        NotificationsKt.expectNotifications("Before the car leaves In work, answer: Customer's concern fixed and verified");
        assertThat(visits.find(id).getStage()).isEqualTo(Stage.IN_WORK);

        tap("WRK_CONCERN_FIXED", Answer.NO);
        _click(_get(Button.class, spec -> spec.withId("checklist-onwards")));
        assertThat(visits.find(id).getStage()).isEqualTo(Stage.QUALITY_CHECK);
    }

    @Test
    void a_foreman_reinspects_a_drawn_car_and_a_failed_item_opens_a_rework_note() {
        Person advisor = Staff.advisor(people);
        Person foreman = people.create("fm" + Staff.next(), "Foreman " + Staff.next(), Role.FOREMAN,
                Department.WORKSHOP);
        long id = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, Staff.technician(people));
        actAs(foreman);
        UI.getCurrent().navigate(MyJobsView.class);
        _click(_get(Button.class, spec -> spec.withClasses("action-post-inspect")));

        tap("PI_CONCERN_FIXED", Answer.YES);
        tap("PI_WORK_TO_STANDARD", Answer.YES);
        tap("PI_NO_MARKS", Answer.NO);
        _click(_get(Button.class, spec -> spec.withClasses("rework-note")));
        tap("PI_SERVICE_RECORD", Answer.NA);
        _click(_get(Button.class, spec -> spec.withId("post-inspection-done")));

        assertThat(inspections.queue()).extracting(c -> c.id()).doesNotContain(id);
    }
}
