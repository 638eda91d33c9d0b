package fi.huoltopolku.visit;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.BookingService;
import fi.huoltopolku.checks.CheckInService;
import fi.huoltopolku.checks.ChecklistRow;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journey's rules a busy counter falls into otherwise (issue 26, section 2). */
@MicronautTest(startApplication = false, transactional = false)
class VisitRulesTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject VisitService visits;
    @Inject VisitRules rules;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject CheckInService checkIns;
    @Inject BookingService bookings;
    @Inject BookingCalendar calendar;
    @Inject PeopleService people;
    @Inject WorkshopClock clock;

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day.atTime(hour, minute), HELSINKI).toInstant();
    }

    private static Booking booking(String plate, Instant bookedAt, Instant promisedAt, Person advisor,
            Integer plannedMinutes) {
        return new Booking(new CustomerDetails("Customer " + plate, "040 300 " + Staff.next(), null, plate, null,
                "Skoda", "Octavia", 2020), "Service", bookedAt, promisedAt, advisor.id(), Set.of(), VisitType.SERVICE,
                plannedMinutes);
    }

    /** Hours as an English message shows them (9.5, 19). */
    private static String hours(int minutes) {
        return NumberFormat.getInstance(Locale.ENGLISH).format(minutes / 60.0);
    }

    @Test
    void a_car_in_the_house_is_not_checked_in_again_on_another_visit_and_the_refusal_names_that_visit() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        String plate = Staff.plate();
        long inWork = Staff.book(visits, advisor, plate, Set.of());
        Journeys.upTo(inWork, Stage.IN_WORK, visits, checks, advisor, technician);
        // A second booking of the same car is fine (it may come back next week)...
        long second = Staff.book(visits, advisor, plate, Set.of());

        // ...but it is not brought in while the car is in the house on the first.
        assertThatThrownBy(() -> visits.checkIn(second, visits.find(second).getVersion(),
                CheckIn.as(Set.of(), technician.id()), advisor.asActor()))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.CONFLICT))
                .hasMessage(plate + " is already in the house on another visit (In work, visit " + inWork + ": /visit/"
                        + inWork + "). One car is in the house once: go on with that visit, or finish it first.");
        assertThat(overview.card(second).stage()).isEqualTo(Stage.BOOKED);
        assertThat(overview.card(second).flags()).isEmpty();
        // The same through the check-in with the customer (the screens' way).
        assertThatThrownBy(() -> checkIns.checkIn(second, visits.find(second).getVersion(),
                CheckIn.as(Set.of(), null), List.of(), false, advisor.asActor())).hasMessageContaining("visit " + inWork);

        // Once the first visit is handed over, the car comes in again.
        for (Stage next : List.of(Stage.QUALITY_CHECK, Stage.READY, Stage.FOLLOW_UP)) {
            Checks.answerMandatory(checks, inWork, visits.find(inWork).getStage(), advisor.asActor());
            visits.move(inWork, visits.find(inWork).getVersion(), next, null, advisor.asActor());
        }
        visits.checkIn(second, visits.find(second).getVersion(), CheckIn.as(Set.of(), technician.id()),
                advisor.asActor());
        assertThat(overview.card(second).stage()).isEqualTo(Stage.CHECKED_IN);
        assertThat(rules.otherVisitInHouse(visits.find(second).getVehicleId(), inWork)).map(Visit::getId)
                .contains(second);
    }

    @Test
    void did_not_come_is_said_only_once_the_booked_time_has_passed() {
        Person advisor = Staff.advisor(people);
        Instant later = TestTime.START.plus(Duration.ofDays(7));
        long nextWeek = Staff.book(visits, advisor, Staff.plate(), Set.of(), later);

        assertThatThrownBy(() -> visits.cancelBooking(nextWeek, visits.find(nextWeek).getVersion(), true, "No answer",
                advisor.asActor())).isInstanceOf(Problem.class).hasMessage(
                "\"Did not come\" can be marked once the booked time (17.6.2026 09:00) has passed; before that, "
                        + "cancel the booking or move it.");
        assertThat(overview.card(nextWeek).stage()).isEqualTo(Stage.BOOKED);
        assertThat(rules.noShowDue(later)).isFalse();

        // An hour past its time, the customer did not come.
        long thisMorning = Staff.book(visits, advisor, Staff.plate(), Set.of(), TestTime.START.minus(Duration.ofHours(1)));
        visits.cancelBooking(thisMorning, visits.find(thisMorning).getVersion(), true, "Did not come, no answer",
                advisor.asActor());
        assertThat(overview.card(thisMorning).stage()).isEqualTo(Stage.CLOSED);
        // Cancelling ahead stays possible.
        visits.cancelBooking(nextWeek, visits.find(nextWeek).getVersion(), false, "Sold the car", advisor.asActor());
        assertThat(overview.card(nextWeek).stage()).isEqualTo(Stage.CLOSED);
    }

    @Test
    void work_does_not_start_on_a_booked_car_that_has_not_arrived() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long booked = Staff.book(visits, advisor, Staff.plate(), Set.of());

        assertThatThrownBy(() -> visits.start(booked, visits.find(booked).getVersion(), technician.asActor()))
                .hasMessage("The car has not arrived yet: check it in before the work starts.");
        assertThatThrownBy(() -> visits.beginWork(booked, visits.find(booked).getVersion(), technician.asActor()))
                .hasMessage("The car has not arrived yet: check it in before the work starts.");
        assertThat(overview.card(booked)).satisfies(c -> {
            assertThat(c.stage()).isEqualTo(Stage.BOOKED);
            assertThat(c.status()).isEqualTo(WorkStatus.WAITING);
        });
    }

    @Test
    void a_check_in_names_every_mandatory_item_left_unticked_and_one_saved_so_waits_as_not_finished() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), Set.of());
        List<ChecklistRow> items = checks.checklist(id, Stage.CHECKED_IN);
        List<String> mandatory = items.stream().filter(ChecklistRow::mandatory).map(ChecklistRow::code).toList();
        List<String> optional = items.stream().filter(r -> !r.mandatory()).map(ChecklistRow::code).toList();
        assertThat(mandatory).isNotEmpty();

        // Nothing ticked, or only the optional items: every mandatory item, named at once.
        assertThat(checkIns.leftUnticked(id, List.of())).hasSize(mandatory.size())
                .containsExactlyElementsOf(items.stream().filter(ChecklistRow::mandatory).map(ChecklistRow::question)
                        .toList());
        assertThat(checkIns.leftUnticked(id, optional)).hasSize(mandatory.size());
        assertThat(checkIns.leftUnticked(id, mandatory)).isEmpty();

        // Saved with nothing ticked anyway (the API may do so): the car waits as "check-in not finished".
        checkIns.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), null), List.of(), false,
                advisor.asActor());
        assertThat(overview.card(id).stage()).isEqualTo(Stage.CHECKED_IN);
        assertThat(checkIns.missing(id)).hasSize(mandatory.size());
    }

    @Test
    void a_booking_past_the_days_capacity_is_refused_naming_the_hours_unless_confirmed() {
        LocalDate monday = LocalDate.of(2026, 9, 7);
        Person advisor = Staff.advisor(people);
        Staff.technician(people);
        int before = calendar.days(monday, 1, null).get(0).capacityMinutes();
        // The valet washes cars: their hours are no booking's capacity.
        people.create("valet" + Staff.next(), "Valet", Role.TECHNICIAN, Department.VALET);
        int capacity = calendar.days(monday, 1, null).get(0).capacityMinutes();
        assertThat(capacity).isEqualTo(before).isEqualTo(people.withRole(Role.TECHNICIAN).size() * 570 - 570);

        // Whole working days (9.5 h) up to the capacity are taken...
        int fit = capacity / 570;
        for (int i = 0; i < fit; i++) {
            bookings.book(booking(Staff.plate(), at(monday, 8, 0), at(monday, 17, 0), advisor, 570), Map.of(), false,
                    advisor.asActor());
        }
        // ...the next one is refused, naming the hours booked with it and the capacity.
        String plate = Staff.plate();
        assertThatThrownBy(() -> bookings.book(booking(plate, at(monday, 8, 0), at(monday, 17, 0), advisor, 570),
                Map.of(), false, advisor.asActor()))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.kind()).isEqualTo(Problem.Kind.CONFLICT))
                .hasMessage("With this booking 7.9.2026 would be booked " + hours(fit * 570 + 570)
                        + " h, past its capacity of " + hours(capacity) + " h.");
        assertThat(calendar.days(monday, 1, null).get(0).plannedMinutes()).isEqualTo(fit * 570);
        // Confirmed by the advisor, it is booked and the day shows it over.
        bookings.book(booking(plate, at(monday, 8, 0), at(monday, 17, 0), advisor, 570), Map.of(), true,
                advisor.asActor());
        assertThat(calendar.days(monday, 1, null).get(0).leftMinutes()).isEqualTo(capacity - fit * 570 - 570);
    }

    @Test
    void a_booking_plans_at_most_one_working_day_and_promises_within_opening_hours() {
        LocalDate tuesday = LocalDate.of(2026, 9, 8);
        Person advisor = Staff.advisor(people);

        assertThatThrownBy(() -> bookings.book(booking(Staff.plate(), at(tuesday, 8, 0), at(tuesday, 18, 0), advisor,
                24 * 60), Map.of(), true, advisor.asActor())).isInstanceOf(Problem.class).hasMessage(
                "Promised handover: the workshop is closed at 8.9.2026 18:00: promise a time within opening hours "
                        + "(07:30–17:00 on an open day); Planned hours: planned hours are between a quarter of an hour "
                        + "and one working day (9.5 h); book a longer job over several days");
        // Saturday is closed all day.
        assertThatThrownBy(() -> bookings.book(booking(Staff.plate(), at(tuesday, 8, 0),
                at(tuesday.plusDays(4), 10, 0), advisor, 120), Map.of(), true, advisor.asActor()))
                .hasMessageContaining("closed at 12.9.2026 10:00");

        // The default promise: the planned work after the booked time, the rest after the next opening.
        assertThat(rules.defaultPromise(at(tuesday, 14, 0), 120)).isEqualTo(at(tuesday, 16, 0));
        assertThat(rules.defaultPromise(at(tuesday, 16, 0), 120)).isEqualTo(at(tuesday.plusDays(1), 8, 30));
        assertThat(rules.defaultPromise(at(tuesday, 6, 0), 60)).isEqualTo(at(tuesday, 8, 30));
        LocalDate friday = tuesday.plusDays(3);
        assertThat(rules.defaultPromise(at(friday, 16, 30), 120)).isEqualTo(at(friday.plusDays(3), 9, 0));
        assertThat(rules.withinOpeningHours(rules.defaultPromise(at(tuesday, 18, 0), 570))).isTrue();
    }

    /** A new booking starts in opening hours, whatever the hour the advisor opens the form. */
    @Test
    void a_new_booking_starts_at_the_next_full_hour_the_workshop_is_open() {
        LocalDate tuesday = LocalDate.of(2026, 9, 8);
        LocalDate friday = tuesday.plusDays(3);
        try {
            // [now, the booked time a new booking is given]: early morning, the day, late afternoon, evening,
            // just after midnight, Friday evening (Monday's opening), and the autumn clock-change Sunday.
            Object[][] cases = {
                    {at(tuesday, 6, 10), at(tuesday, 7, 30)},
                    {at(tuesday, 10, 20), at(tuesday, 11, 0)},
                    {at(tuesday, 16, 20), at(tuesday.plusDays(1), 7, 30)},
                    {at(tuesday, 17, 35), at(tuesday.plusDays(1), 7, 30)},
                    {at(tuesday.plusDays(1), 0, 30), at(tuesday.plusDays(1), 7, 30)},
                    {at(friday, 18, 0), at(friday.plusDays(3), 7, 30)},
                    {at(LocalDate.of(2026, 10, 25), 3, 30), at(LocalDate.of(2026, 10, 26), 7, 30)}};
            for (Object[] c : cases) {
                clock.use(Clock.fixed((Instant) c[0], clock.zone()));
                Instant booked = rules.defaultBookedAt();
                assertThat(booked).as("at " + c[0]).isEqualTo(c[1]);
                assertThat(rules.withinOpeningHours(booked)).isTrue();
            }
        } finally {
            clock.reset();
        }
    }
}
