package fi.huoltopolku.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.desk.VisitView;
import fi.huoltopolku.feedback.CaseStatus;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.survey.ResponseSource;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class InboxViewTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject SurveyService surveys;
    @Inject FeedbackService feedback;

    @Test
    void an_advisor_enters_a_low_rating_from_a_call_then_contacts_and_resolves_the_case_in_the_inbox() {
        Person advisor = Staff.advisor(people);
        long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, Staff.technician(people));
        actAs(advisor);
        UI.getCurrent().navigate(VisitView.class, visit);
        @SuppressWarnings("unchecked")
        Select<Integer> overall = _get(Select.class, spec -> spec.withLabel("Overall"));
        _setValue(overall, 2);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Anything you would like to tell us?")),
                "The car smelled of smoke");
        _click(_get(Button.class, spec -> spec.withId("save-call")));
        assertThat(surveys.responses(visit)).extracting(r -> r.source()).containsExactly(ResponseSource.PHONE);

        UI.getCurrent().navigate(InboxView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("customer-comment")).getText())
                .isEqualTo("“The car smelled of smoke”");
        _click(_get(Button.class, spec -> spec.withClasses("contacted")));
        _setValue(_get(TextArea.class, spec -> spec.withId("dialog-text")), "Apologised; interior cleaning booked");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(feedback.ofVisit(visit).get(0).status()).isEqualTo(CaseStatus.CONTACTED);

        _click(_get(Button.class, spec -> spec.withClasses("resolve")));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(_get(TextArea.class, spec -> spec.withId("dialog-text")).getErrorMessage())
                .isEqualTo("What was done: required");
        _setValue(_get(TextArea.class, spec -> spec.withId("dialog-text")), "Cleaned on 25.11., customer satisfied");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));
        assertThat(feedback.ofVisit(visit).get(0).status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(_find(Div.class, spec -> spec.withClasses("feedback-card"))).isEmpty();
    }
}
