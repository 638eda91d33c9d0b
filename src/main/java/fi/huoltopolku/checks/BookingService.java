package fi.huoltopolku.checks;

import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Allowed;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Map;

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

    BookingService(VisitService visits, ChecklistService checks) {
        this.visits = visits;
        this.checks = checks;
    }

    /** Books the visit and records the booking checks' answers (by item code); the new visit's id. */
    @Transactional
    public long book(Booking booking, Map<String, Answer> answers, Actor actor) {
        long id = visits.book(booking, actor);
        answers.forEach((code, answer) -> checks.answer(id, code, answer, null, Source.PROCESS, actor));
        return id;
    }
}
