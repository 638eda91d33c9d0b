package fi.huoltopolku.visit;

import static fi.huoltopolku.visit.VisitWriter.MAX_TEXT;
import static fi.huoltopolku.visit.VisitWriter.required;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.people.Allowed;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

/**
 * Work done again, on the visit's timeline: a car back for the same complaint as an earlier,
 * handed-over visit (a comeback, which the earlier visit's checks then see), and a rework note from a
 * post-inspection that found a fault.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class Rework {

    private final VisitWriter writer;

    Rework(VisitWriter writer) {
        this.writer = writer;
    }

    /**
     * Marks this visit as a comeback for the same complaint as an earlier, handed-over visit of the
     * same car. The earlier visit's "no comeback within 30 days" check follows from it.
     */
    @Transactional
    public void markComeback(long visitId, long expectedVersion, long earlierVisitId, Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        Visit earlier = writer.find(earlierVisitId);
        if (earlierVisitId == visitId || !earlier.getVehicleId().equals(visit.getVehicleId())
                || !earlier.getBookedAt().isBefore(visit.getBookedAt())
                || earlier.getStage().ordinal() < Stage.FOLLOW_UP.ordinal()) {
            throw Problem.invalid("comebackOf", "visit.notAComeback");
        }
        visit.setComebackOfId(earlierVisitId);
        writer.save(visit);
        writer.record(visit, actor, EventKind.COMEBACK, null, String.valueOf(earlierVisitId), null);
        writer.changed(earlierVisitId);
    }

    /** A rework note on the visit's timeline (e.g. from a post-inspection that found a fault). */
    @Transactional
    public void reworkNote(long visitId, @Nullable String text, Actor actor) {
        Visit visit = writer.find(visitId);
        String note = required("note", text, MAX_TEXT);
        writer.touch(visit);
        writer.record(visit, actor, EventKind.REWORK_NOTE, null, null, note);
    }
}
