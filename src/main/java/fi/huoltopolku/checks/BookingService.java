package fi.huoltopolku.checks;

import fi.huoltopolku.base.Validation;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.BookingCalendar;
import fi.huoltopolku.visit.VisitRules;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Objects;

/**
 * A booking with the booking stage's checks asked where it is made (the Counter's form and the
 * API), so the booking's practice shows in the coverage: the visit and its answers saved together,
 * or neither (an unknown item, or one of a later stage, refuses the whole booking).
 */
@Singleton
@Allowed({Role.ADVISOR, Role.FOREMAN, Role.MANAGER})
public class BookingService {

    private final VisitService visits;
    private final ChecklistService checks;
    private final VisitRules rules;
    private final BookingCalendar calendar;

    BookingService(VisitService visits, ChecklistService checks, VisitRules rules, BookingCalendar calendar) {
        this.visits = visits;
        this.checks = checks;
        this.rules = rules;
        this.calendar = calendar;
    }

    /**
     * Books the visit and records the booking checks' answers (by item code); the new visit's id.
     * The promise must fall in opening hours; a booking that would plan its day past the
     * capacity is refused naming the hours (409) unless {@code allowOverbooking}, the advisor's
     * confirmation.
     */
    @Transactional
    public long book(Booking booking, Map<String, Answer> answers, boolean allowOverbooking, Actor actor) {
        // The promise's hours named with the booking's other problems, all at once.
        Validation check = new Validation();
        rules.promiseInOpeningHours(booking.promisedAt(), check);
        Long booked = check.value(() -> visits.book(booking, actor));
        check.done();
        long id = Objects.requireNonNull(booked);
        // The day with this booking in it (a refusal undoes the booking).
        calendar.fits(booking.bookedAt(), 0, allowOverbooking);
        answers.forEach((code, answer) -> checks.answer(id, code, answer, null, Source.PROCESS, actor));
        return id;
    }
}
