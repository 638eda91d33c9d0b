package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A manager starts an improvement action from the report's link and reads whether it worked. */
class ImprovementsViewTest extends ViewTest {

    @Inject PeopleService people;

    @Test
    void an_action_started_from_a_theme_names_every_problem_and_says_it_is_too_early_to_tell() {
        actAs(people.create("imp" + Staff.next(), "Improving Manager", Role.MANAGER, Department.RECEPTION));
        UI.getCurrent().navigate("improvements/HANDOVER");

        DatePicker start = _get(DatePicker.class, spec -> spec.withLabel("Start date"));
        _setValue(start, null);
        _click(_get(Button.class, spec -> spec.withId("action-save")));
        TextArea what = _get(TextArea.class, spec -> spec.withId("action-what"));
        assertThat(what.isInvalid()).as("what will change: required").isTrue();
        assertThat(start.isInvalid()).as("and the start date, named at the same time").isTrue();

        // A start far ahead: no answers on either side of it yet.
        _setValue(start, LocalDate.parse("2031-06-02"));
        String what_ = "Walk every customer through the invoice at the car " + Staff.next();
        _setValue(what, what_);
        _click(_get(Button.class, spec -> spec.withId("action-save")));

        assertThat(_find(Paragraph.class, spec -> spec.withText(what_))).hasSize(1);
        var verdicts = _find(Paragraph.class, spec -> spec.withClasses("before-after"));
        assertThat(verdicts).extracting(p -> p.getElement().getAttribute("data-verdict")).contains("TOO_FEW_ANSWERS");
        assertThat(verdicts).extracting(Paragraph::getText).anyMatch(text -> text.startsWith(
                "Customers satisfied: – before the start (n 0); no answers since, 10 needed: too early to say."));
    }
}
