package fi.huoltopolku.matter;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.desk.CounterView;
import fi.huoltopolku.desk.MyJobsView;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.visit.VisitService;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MatterViewsTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject MatterService matters;

    @Test
    void an_advisor_records_a_customers_question_hands_it_to_a_technician_who_answers_and_closes_it() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        String plate = Staff.plate();
        Staff.book(visits, advisor, plate, Set.of());
        actAs(advisor);
        UI.getCurrent().navigate(CounterView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("search")), plate);
        @SuppressWarnings("unchecked")
        Grid<VehicleMatch> results = _get(Grid.class, spec -> spec.withId("search-results"));
        _click(_get(GridKt._getCellComponent(results, 0, "actions"), Button.class, spec -> spec.withClasses("new-matter")));
        _setValue(_get(TextArea.class, spec -> spec.withId("matter-subject")), "Is the rattle dangerous to drive with?");
        _click(_get(Button.class, spec -> spec.withId("matter-save")));

        assertThat(_find(Div.class, spec -> spec.withClasses("matter-card"))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withClasses("handoff-matter")));
        @SuppressWarnings("unchecked")
        ComboBox<Person> to = _get(ComboBox.class, spec -> spec.withId("handoff-person"));
        _setValue(to, technician);
        _setValue(_get(TextArea.class, spec -> spec.withId("handoff-reason")), "You drove it: please call him");
        _click(_get(Button.class, spec -> spec.withId("handoff-save")));
        assertThat(matters.queue(advisor)).isEmpty();

        actAs(technician);
        UI.getCurrent().navigate(MyJobsView.class);
        assertThat(_get(Span.class, spec -> spec.withClasses("matter-note")).getText())
                .isEqualTo("“You drove it: please call him”");
        _click(_get(Button.class, spec -> spec.withClasses("close-matter")));
        _setValue(_get(TextArea.class, spec -> spec.withId("dialog-text")), "Called: safe until the visit");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(matters.queue(technician)).isEmpty();
    }
}
