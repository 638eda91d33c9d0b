package fi.huoltopolku.visit;

import fi.huoltopolku.base.Dates;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The journey's rules a busy counter would otherwise fall into: one car is in the house once,
 * "did not come" only once the booked time has passed, work starts only on a car that has arrived,
 * and a booking's hours and promise fit the workshop's day. {@link VisitService} and {@link StageMoves}
 * ask them; each refusal names what is in the way.
 */
@Singleton
public class VisitRules {

    /** The fewest hours a booking plans. */
    static final int MIN_PLANNED_MINUTES = 15;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final VisitRepository visits;
    private final VisitOverviewService overview;
    private final WorkshopClock clock;

    VisitRules(VisitRepository visits, VisitOverviewService overview, WorkshopClock clock) {
        this.visits = visits;
        this.overview = overview;
        this.clock = clock;
    }

    /** The car's other visit in the house (checked in up to ready), if it has one. */
    public Optional<Visit> otherVisitInHouse(long vehicleId, long visitId) {
        return VisitScopes.visible(visits.findByVehicleIdOrderByBookedAtDesc(vehicleId)).stream()
                .filter(v -> !Objects.equals(v.getId(), visitId) && v.getStage().inHouse()).findFirst();
    }

    /**
     * Refuses to bring a car in (check-in) or into work while another visit of the same car is in the
     * house: the message names that visit (plate, stage, its page), where the work belongs.
     */
    void oneVisitInHouse(Visit visit) {
        otherVisitInHouse(visit.getVehicleId(), Objects.requireNonNull(visit.getId())).ifPresent(open -> {
            throw Problem.conflict("visit.carAlreadyIn", overview.card(open.getId()).plate(), open.getStage(),
                    String.valueOf(open.getId()), "/visit/" + open.getId());
        });
    }

    /** A car that has not arrived (a booking) is not worked on: check it in first. */
    static void arrived(Visit visit) {
        if (visit.getStage() == Stage.BOOKED) {
            throw Problem.refused("visit.notArrived");
        }
    }

    /** Whether "did not come" may be said of the booking now: once its booked time has passed. */
    public boolean noShowDue(Instant bookedAt) {
        return !clock.now().isBefore(bookedAt);
    }

    /** Refuses "did not come" before the booked time, naming it. */
    void noShowDue(Visit visit) {
        if (!noShowDue(visit.getBookedAt())) {
            throw Problem.refused("calendar.noShowTooEarly", WHEN.format(visit.getBookedAt().atZone(clock.zone())));
        }
    }

    /** The longest a booking may plan: one working day (a longer job is booked over several days). */
    public int maxPlannedMinutes() {
        LocalDate day = clock.today();
        return (int) Duration.between(clock.opening(day), clock.closing(day)).toMinutes();
    }

    /** Names a booking's planned hours outside a quarter of an hour to one working day. */
    void plannedHours(@Nullable Integer plannedMinutes, Validation check) {
        if (plannedMinutes != null) {
            check.that(plannedMinutes >= MIN_PLANNED_MINUTES && plannedMinutes <= maxPlannedMinutes(),
                    "plannedMinutes", "booking.badPlannedHours", hours(maxPlannedMinutes()));
        }
    }

    /** Whether the workshop is open at {@code at} (an open day, from opening to closing time, both included). */
    public boolean withinOpeningHours(Instant at) {
        LocalDate day = at.atZone(clock.zone()).toLocalDate();
        return clock.isOpen(day) && !at.isBefore(clock.opening(day)) && !at.isAfter(clock.closing(day));
    }

    /** Names a promise the workshop cannot keep because it is closed then. */
    public void promiseInOpeningHours(@Nullable Instant promisedAt, Validation check) {
        if (promisedAt != null && Dates.sane(promisedAt)) { // else named as out of range by the booking
            LocalDate day = clock.today();
            check.that(withinOpeningHours(promisedAt), "promisedAt", "booking.promiseWhenClosed",
                    WHEN.format(promisedAt.atZone(clock.zone())), HOUR.format(clock.opening(day).atZone(clock.zone())),
                    HOUR.format(clock.closing(day).atZone(clock.zone())));
        }
    }

    /**
     * The time a new booking starts at when none is typed: the next full hour while the workshop is
     * open and before it closes, else the next open day's opening (never 18:00 after a 17:00 closing).
     */
    public Instant defaultBookedAt() {
        Instant next = clock.now().atZone(clock.zone()).truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
        LocalDate day = next.atZone(clock.zone()).toLocalDate();
        for (int guard = 0; guard < 14; guard++, day = day.plusDays(1)) {
            if (clock.isOpen(day)) {
                Instant start = next.isBefore(clock.opening(day)) ? clock.opening(day) : next;
                if (start.isBefore(clock.closing(day))) {
                    return start;
                }
            }
        }
        return next;
    }

    /**
     * The promise a new booking gets when none is typed: {@code plannedMinutes} of work after the
     * booked time (from opening, if booked before it), within opening hours: work left at closing
     * goes on at the next opening of an open day, and a promise never runs past its closing.
     */
    public Instant defaultPromise(Instant bookedAt, int plannedMinutes) {
        LocalDate day = bookedAt.atZone(clock.zone()).toLocalDate();
        Duration left = Duration.ofMinutes(Math.max(plannedMinutes, MIN_PLANNED_MINUTES));
        Instant from = bookedAt;
        for (int guard = 0; guard < 14; guard++, day = day.plusDays(1)) {
            if (!clock.isOpen(day) || !from.isBefore(clock.closing(day))) {
                continue;
            }
            Instant start = from.isBefore(clock.opening(day)) ? clock.opening(day) : from;
            Instant done = start.plus(left);
            if (!done.isAfter(clock.closing(day))) {
                return done;
            }
            left = left.minus(Duration.between(start, clock.closing(day)));
            from = clock.opening(day.plusDays(1));
        }
        return bookedAt.plus(Duration.ofMinutes(plannedMinutes));
    }

    /** Minutes as hours to a tenth (9.5): a number, so a message shows it in its language's way ("9,5"). */
    public static double hours(int minutes) {
        return Math.round(minutes / 6.0) / 10.0;
    }
}
