package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import fi.huoltopolku.checks.ui.BookingForm;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.desk.CounterView;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The booking's planned hours are typed like a price: "1,5" on an English screen is an hour and a half, never 15. */
class BookingHoursTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject CustomerService customers;
    @Inject VisitOverviewService overview;

    private BookingForm form(String plate) {
        actAs(Staff.advisor(people));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(CounterView.class);
        _click(_get(Button.class, spec -> spec.withId("new-booking")));
        BookingForm form = _get(BookingForm.class);
        _setValue(form.plate, plate);
        _setValue(form.make, "Skoda");
        _setValue(form.model, "Fabia");
        _setValue(form.name, "Veikko Uusi");
        _setValue(form.phone, "040 765 4321");
        _setValue(form.requestedWork, "Timing belt");
        return form;
    }

    @Test
    void hours_typed_with_a_decimal_comma_on_an_english_screen_are_booked_as_typed() {
        String plate = Staff.plate();
        BookingForm form = form(plate);
        assertThat(form.plannedHours.field().getValue()).isEqualTo("2");
        _setValue(form.plannedHours.field(), "1,5");
        _click(_get(Button.class, spec -> spec.withId("booking-save")));

        long vehicle = customers.search(plate, 1).get(0).vehicleId();
        long id = overview.history(vehicle).get(0).id();
        assertThat(visits.find(id).getPlannedMinutes()).isEqualTo(90);
    }

    @Test
    void hours_that_could_be_read_two_ways_are_named_by_the_field_and_nothing_is_booked() {
        String plate = Staff.plate();
        BookingForm form = form(plate);
        _setValue(form.plannedHours.field(), "1.250");
        _click(_get(Button.class, spec -> spec.withId("booking-save")));

        assertThat(form.plannedHours.field().isInvalid()).isTrue();
        assertThat(form.plannedHours.field().getErrorMessage()).startsWith("'1.250' could be read two ways");
        assertThat(form.isAttached()).isTrue();
        assertThat(customers.search(plate, 1)).isEmpty();
    }
}
