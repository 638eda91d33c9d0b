package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.visit.EventKind;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class CalendarViewTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject VisitOverviewService overview;

    @Test
    void the_week_shows_todays_booking_with_the_days_capacity_and_a_no_show_is_recorded_with_its_reason() {
        Person advisor = Staff.advisor(people);
        String plate = Staff.plate();
        // Booked for 08:00 today, an hour before the test clock's 09:00: "did not come" can be said of it...
        long id = Staff.book(visits, advisor, plate, EnumSet.noneOf(Flag.class),
                TestTime.START.minus(Duration.ofHours(1)));
        // ...not yet of one booked for 09:30.
        String later = Staff.plate();
        Staff.book(visits, advisor, later, EnumSet.noneOf(Flag.class));
        actAs(advisor);
        UI.getCurrent().navigate(CalendarView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Person> filter = _get(ComboBox.class, spec -> spec.withId("calendar-advisor"));
        _setValue(filter, advisor);

        // The test clock's today (Wednesday 10 June 2026): 9.5 open hours a technician, 2 × 2 h booked.
        Div today = _find(Div.class, spec -> spec.withClasses("calendar-day")).stream()
                .filter(d -> "2026-06-10".equals(d.getElement().getAttribute("data-date"))).findFirst().orElseThrow();
        assertThat(_find(Div.class, spec -> spec.withClasses("calendar-day"))).hasSize(7);
        double capacity = people.withRole(Role.TECHNICIAN).size() * 9.5;
        assertThat(_get(today, Paragraph.class, spec -> spec.withClasses("calendar-capacity")).getText())
                .isEqualTo("Capacity " + String.format(Locale.ENGLISH, "%.1f", capacity) + " h · planned 4.0 h · left "
                        + String.format(Locale.ENGLISH, "%.1f", capacity - 4) + " h");
        Div booking = _find(today, Div.class, spec -> spec.withClasses("calendar-booking")).get(0);
        assertThat(booking.getElement().getAttribute("data-plate")).isEqualTo(plate);
        Div notYet = _find(today, Div.class, spec -> spec.withClasses("calendar-booking")).get(1);
        assertThat(notYet.getElement().getAttribute("data-plate")).isEqualTo(later);
        assertThat(_find(notYet, Button.class, spec -> spec.withClasses("calendar-no-show"))).isEmpty();
        assertThat(_find(notYet, Button.class, spec -> spec.withClasses("calendar-cancel"))).hasSize(1);

        _click(_get(booking, Button.class, spec -> spec.withClasses("calendar-no-show")));
        _click(_get(Button.class, spec -> spec.withId("calendar-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("calendar-reason")).isInvalid()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("calendar-reason")), "Did not come, no answer");
        _click(_get(Button.class, spec -> spec.withId("calendar-save")));

        assertThat(overview.card(id).stage()).isEqualTo(Stage.CLOSED);
        assertThat(overview.timeline(id)).extracting(e -> e.kind()).contains(EventKind.NO_SHOW);
        assertThat(TestTime.START).isNotNull();
    }
}
