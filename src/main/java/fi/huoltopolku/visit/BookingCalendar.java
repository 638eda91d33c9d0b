package fi.huoltopolku.visit;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.site.SiteScope;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The advisors' booking calendar: the bookings of each day with the workshop's capacity (its
 * workshop technicians' open hours), what the bookings plan, and what is left. A booking cancelled or not
 * come stays in sight, marked, but plans nothing.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
public class BookingCalendar {

    /** A booking on the calendar: its card, planned hours, and whether it was called off (and how). */
    public record Entry(VisitCard card, int plannedMinutes, @Nullable EventKind calledOff) {
    }

    /** A day: open or not, its capacity, what is planned, its bookings in time order, and who is away. */
    public record Day(LocalDate date, boolean open, int capacityMinutes, int plannedMinutes, List<Entry> bookings,
            List<Away> away) {

        public int leftMinutes() {
            return capacityMinutes - plannedMinutes;
        }
    }

    /** A technician away that day, and why. */
    public record Away(long personId, String name, String reason) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final VisitRepository visits;
    private final AbsenceRepository absences;
    private final VisitEventRepository events;
    private final VisitOverviewService overview;
    private final PeopleService people;
    private final WorkshopClock clock;

    BookingCalendar(VisitRepository visits, VisitEventRepository events, VisitOverviewService overview,
            PeopleService people, WorkshopClock clock, AbsenceRepository absences) {
        this.absences = absences;
        this.visits = visits;
        this.events = events;
        this.overview = overview;
        this.people = people;
        this.clock = clock;
    }

    /** The days from {@code first} on ({@code count} of them), the bookings of one advisor or of all. */
    @Transactional
    public List<Day> days(LocalDate first, int count, @Nullable Long advisorId) {
        return days(first, count, advisorId, null);
    }

    /**
     * The same, narrowed to the bookings of one department's advisors too (a dealer group's
     * receptions, say); a booking without an advisor belongs to no department.
     */
    @Transactional
    public List<Day> days(LocalDate first, int count, @Nullable Long advisorId, @Nullable Long departmentId) {
        Map<Long, Person> staff = people.peopleById();
        var from = first.atStartOfDay(clock.zone()).toInstant();
        var to = first.plusDays(count).atStartOfDay(clock.zone()).toInstant();
        List<Visit> booked = VisitScopes.visible(
                visits.findByBookedAtGreaterThanEqualsAndBookedAtLessThanOrderByBookedAt(from, to)).stream()
                .filter(v -> advisorId == null || Objects.equals(v.getAdvisorId(), advisorId))
                .filter(v -> departmentId == null || v.getAdvisorId() != null && staff.containsKey(v.getAdvisorId())
                        && departmentId.equals(staff.get(v.getAdvisorId()).departmentId()))
                .toList();
        List<Long> ids = booked.stream().map(Visit::getId).toList();
        Map<Long, VisitCard> cards = overview.cardsById(ids);
        Map<Long, Set<Stage>> entered = ids.isEmpty() ? Map.of() : overview.stagesEntered(ids);
        List<Person> technicians = workshopTechnicians();
        Set<Long> technicianIds = technicians.stream().map(Person::id)
                .collect(Collectors.toSet());
        SiteScope scope = Callers.dataScope();
        List<Absence> awayInRange = absences.findByAbsentOnGreaterThanEqualsAndAbsentOnLessThan(first, first.plusDays(count))
                .stream().filter(a -> scope.contains(a.siteId())).toList();
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate date = first.plusDays(i);
            boolean open = clock.isOpen(date);
            List<Away> away = awayInRange.stream().filter(a -> a.absentOn().equals(date) && technicianIds.contains(a.personId()))
                    .map(a -> new Away(a.personId(), staff.get(a.personId()).fullName(), a.reason())).toList();
            int capacity = open ? (technicians.size() - away.size())
                    * (int) Duration.between(clock.opening(date), clock.closing(date)).toMinutes() : 0;
            List<Entry> entries = new ArrayList<>();
            int planned = 0;
            for (Visit visit : booked) {
                if (!visit.getBookedAt().atZone(clock.zone()).toLocalDate().equals(date)) {
                    continue;
                }
                boolean calledOff = visit.getStage() == Stage.CLOSED
                        && !entered.getOrDefault(visit.getId(), Set.of()).contains(Stage.CHECKED_IN);
                entries.add(new Entry(cards.get(visit.getId()), visit.getPlannedMinutes(),
                        calledOff ? howCalledOff(visit.getId()) : null));
                planned += calledOff ? 0 : visit.getPlannedMinutes();
            }
            entries.sort(Comparator.comparing(e -> e.card().bookedAt()));
            days.add(new Day(date, open, capacity, planned, entries, away));
        }
        return days;
    }

    /**
     * The technicians whose hours are the capacity: those of the workshop, who work on cars (a
     * technician of the valet washes them and plans no bookings' hours).
     */
    private List<Person> workshopTechnicians() {
        long workshop = people.department(Department.WORKSHOP).id();
        SiteScope scope = Callers.dataScope();
        // The technicians holding the role at the caller's sites (a technician of two sites counts once).
        List<Person> technicians = scope.all() ? people.withRole(Role.TECHNICIAN)
                : scope.siteIds().stream().sorted().flatMap(site -> people.withRoleAt(Role.TECHNICIAN, site).stream())
                        .distinct().toList();
        return technicians.stream().filter(p -> p.departmentId() == workshop).toList();
    }

    /**
     * Refuses a booking that would plan its day past the capacity, naming the hours booked with it
     * and the capacity, unless {@code allowOverbooking} (the advisor confirmed it). A workshop with
     * no technicians on record yet has no capacity to keep.
     */
    @Transactional
    public void fits(Instant bookedAt, int plannedMinutes, boolean allowOverbooking) {
        if (allowOverbooking || workshopTechnicians().isEmpty()) {
            return;
        }
        Day day = days(bookedAt.atZone(clock.zone()).toLocalDate(), 1, null).get(0);
        int booked = day.plannedMinutes() + plannedMinutes;
        if (booked > day.capacityMinutes()) {
            throw Problem.conflict("booking.overbooked", day.date().format(DAY), VisitRules.hours(booked),
                    VisitRules.hours(day.capacityMinutes()));
        }
    }

    /** A technician away for a day, with the reason (a second mark of the same day is refused). */
    @Transactional
    public void markAway(long personId, LocalDate day, @Nullable String reason,
            Actor actor) {
        Validation check = new Validation();
        var person = people.find(personId);
        check.that(person.filter(p -> p.role() == Role.TECHNICIAN).isPresent(), "person", "calendar.notATechnician");
        check.that(reason != null && !reason.isBlank() && reason.length() <= 200, "reason", "problem.required");
        check.done();
        if (absences.findByPersonIdAndAbsentOn(personId, day).isPresent()) {
            throw Problem.invalid("day", "calendar.alreadyAway", person.get().fullName());
        }
        absences.save(new Absence(null, personId, day, reason.trim(), actor.name(), clock.now(),
                Callers.dataScope().home()));
    }

    /** The technician is at work that day after all. */
    @Transactional
    public void clearAway(long personId, LocalDate day) {
        absences.findByPersonIdAndAbsentOn(personId, day).ifPresent(absences::delete);
    }

    private EventKind howCalledOff(long visitId) {
        return events.findByVisitIdOrderById(visitId).stream().map(VisitEvent::kind)
                .filter(k -> k == EventKind.NO_SHOW || k == EventKind.CANCELLED).reduce((a, b) -> b)
                .orElse(EventKind.CANCELLED);
    }
}
