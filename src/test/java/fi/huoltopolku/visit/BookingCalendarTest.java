package fi.huoltopolku.visit;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class BookingCalendarTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** A Monday in the test clock's future; the workshop opens 7:30–17:00 on weekdays. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 15);

    @Inject BookingCalendar calendar;
    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject WorkshopClock clock;

    private long book(Person advisor, LocalDate day, int hour, Integer plannedMinutes) {
        Instant at = ZonedDateTime.of(day.atTime(hour, 0), HELSINKI).toInstant();
        String plate = Staff.plate();
        return visits.book(new Booking(new CustomerDetails("Customer " + plate, "040 200 " + Staff.next(), null, plate,
                null, "Skoda", "Octavia", 2020), "Service", at, at.plus(Duration.ofHours(6)), advisor.id(), Set.of(),
                VisitType.SERVICE, plannedMinutes), advisor.asActor());
    }

    private static BookingCalendar.Day day(List<BookingCalendar.Day> days, LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void a_day_shows_its_bookings_capacity_planned_and_left_and_a_booking_called_off_plans_nothing() {
        Person advisor = Staff.advisor(people);
        long nine = book(advisor, MONDAY, 9, null);
        book(advisor, MONDAY, 13, 180);
        long cancelled = book(advisor, MONDAY, 14, 60);
        long away = book(advisor, MONDAY, 15, 90);
        visits.cancelBooking(cancelled, visits.find(cancelled).getVersion(), false, "Sold the car", advisor.asActor());
        // "Did not come" once the booked time (15:00) has passed.
        clock.use(Clock.fixed(ZonedDateTime.of(MONDAY.atTime(16, 0), HELSINKI).toInstant(), HELSINKI));
        try {
            visits.cancelBooking(away, visits.find(away).getVersion(), true, "Did not answer the phone",
                    advisor.asActor());
        } finally {
            clock.reset();
        }

        List<BookingCalendar.Day> week = calendar.days(MONDAY, 7, advisor.id());
        int technicians = people.withRole(Role.TECHNICIAN).size();

        BookingCalendar.Day monday = day(week, MONDAY);
        // 9.5 open hours for each technician; 2 h (the default) + 3 h booked; the two called off count nothing.
        assertThat(monday.capacityMinutes()).isEqualTo(technicians * 570);
        assertThat(monday.plannedMinutes()).isEqualTo(300);
        assertThat(monday.leftMinutes()).isEqualTo(technicians * 570 - 300);
        assertThat(monday.bookings()).extracting(e -> e.card().id()).first().isEqualTo(nine);
        assertThat(monday.bookings()).extracting(BookingCalendar.Entry::calledOff)
                .containsExactly(null, null, EventKind.CANCELLED, EventKind.NO_SHOW);
        assertThat(overview.card(cancelled).stage()).isEqualTo(Stage.CLOSED);
        // Saturday: closed, no capacity.
        assertThat(day(week, MONDAY.plusDays(5))).satisfies(d -> {
            assertThat(d.open()).isFalse();
            assertThat(d.capacityMinutes()).isZero();
        });
        // Another advisor's calendar does not show them.
        assertThat(day(calendar.days(MONDAY, 1, Staff.advisor(people).id()), MONDAY).bookings()).isEmpty();
        // The advisor's department (reception) shows them; the workshop's does not.
        long reception = people.department(Department.RECEPTION).id();
        long workshop = people.department(Department.WORKSHOP).id();
        assertThat(day(calendar.days(MONDAY, 1, advisor.id(), reception), MONDAY).bookings()).hasSize(4);
        assertThat(day(calendar.days(MONDAY, 1, null, workshop), MONDAY).bookings()).isEmpty();
    }

    @Test
    void a_booking_moved_to_another_day_takes_its_promise_along_and_says_why_on_the_timeline() {
        Person advisor = Staff.advisor(people);
        long id = book(advisor, MONDAY, 9, null);
        Instant promise = overview.card(id).promisedAt();
        Instant tuesdayTen = ZonedDateTime.of(MONDAY.plusDays(1).atTime(10, 0), HELSINKI).toInstant();

        assertThatThrownBy(() -> visits.reschedule(id, visits.find(id).getVersion(), overview.card(id).bookedAt(), "",
                advisor.asActor())).isInstanceOf(Problem.class)
                .hasMessage("Reason: required; Booked time: the same time as booked already");
        visits.reschedule(id, visits.find(id).getVersion(), tuesdayTen, "The customer asked for Tuesday",
                advisor.asActor());

        assertThat(overview.card(id).bookedAt()).isEqualTo(tuesdayTen);
        assertThat(overview.card(id).promisedAt()).isEqualTo(promise.plus(Duration.ofHours(25)));
        assertThat(overview.timeline(id)).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.RESCHEDULED);
            assertThat(e.note()).isEqualTo("The customer asked for Tuesday");
        });
        List<BookingCalendar.Day> days = calendar.days(MONDAY, 2, advisor.id());
        assertThat(day(days, MONDAY).plannedMinutes()).isZero();
        assertThat(day(days, MONDAY.plusDays(1)).plannedMinutes()).isEqualTo(120);
    }

    @Test
    void only_a_booking_not_yet_checked_in_is_moved_or_called_off() {
        Person advisor = Staff.advisor(people);
        long id = Journeys.upTo(Stage.CHECKED_IN, visits, checks, advisor,
                Staff.technician(people));

        assertThatThrownBy(() -> visits.cancelBooking(id, visits.find(id).getVersion(), true, "Gone",
                advisor.asActor())).isInstanceOf(Problem.class).hasMessageContaining("only a booking not yet checked in");
        assertThat(overview.card(id).stage()).isEqualTo(Stage.CHECKED_IN);
    }

    @Test
    void a_technician_away_for_a_day_is_left_out_of_its_capacity() {
        LocalDate wednesday = MONDAY.plusDays(2);
        Person technician = Staff.technician(people);
        Person advisor = Staff.advisor(people);
        int technicians = people.withRole(Role.TECHNICIAN).size();

        calendar.markAway(technician.id(), wednesday, "Training day", advisor.asActor());

        BookingCalendar.Day day = day(calendar.days(wednesday, 1, null), wednesday);
        assertThat(day.capacityMinutes()).isEqualTo((technicians - 1) * 570);
        assertThat(day.away()).extracting(BookingCalendar.Away::name, BookingCalendar.Away::reason)
                .containsExactly(Tuple.tuple(technician.fullName(), "Training day"));
        assertThatThrownBy(() -> calendar.markAway(technician.id(), wednesday, "Again", advisor.asActor()))
                .isInstanceOf(Problem.class).hasMessageContaining("already marked away");
        assertThatThrownBy(() -> calendar.markAway(advisor.id(), wednesday, " ", advisor.asActor()))
                .isInstanceOf(Problem.class).satisfies(p -> assertThat(((Problem) p).problems()).hasSize(2));

        calendar.clearAway(technician.id(), wednesday);
        assertThat(day(calendar.days(wednesday, 1, null), wednesday).capacityMinutes()).isEqualTo(technicians * 570);
    }
}
