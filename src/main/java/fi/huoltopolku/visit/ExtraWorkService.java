package fi.huoltopolku.visit;

import static fi.huoltopolku.visit.VisitWriter.blankToNull;
import static fi.huoltopolku.visit.VisitWriter.required;
import static fi.huoltopolku.visit.VisitWriter.statusText;

import fi.huoltopolku.base.Amounts;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.people.Allowed;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Extra work found on the car: a line flagged by the technician (its photos through
 * {@link ExtraWorkPhotos}), priced, approved or declined by the customer (the last answer lifts the
 * car's "waiting for approval" hold), and marked done. Each change is on the visit's timeline and
 * bumps its version, so other open copies of the visit know.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class ExtraWorkService {

    static final int MAX_LINE = 500;

    private final ExtraWorkRepository extraWork;
    private final VisitWriter writer;
    private final WorkshopClock clock;

    ExtraWorkService(ExtraWorkRepository extraWork, VisitWriter writer, WorkshopClock clock) {
        this.extraWork = extraWork;
        this.writer = writer;
        this.clock = clock;
    }

    /** A technician flags extra work found on the car; the advisor then asks the customer. */
    @Transactional
    public long flagExtraWork(long visitId, @Nullable String description, @Nullable String reason, Urgency urgency,
            Actor actor) {
        Visit visit = writer.find(visitId);
        if (!visit.getStage().inHouse()) {
            throw Problem.refused("extraWork.notInHouse");
        }
        String what = required("description", description, MAX_LINE);
        ExtraWork line = extraWork.save(new ExtraWork(null, visitId, what, blankToNull(reason), urgency,
                Decision.PENDING, actor.name(), clock.now(), null, null, null, null, null, null));
        writer.touch(visit);
        writer.record(visit, actor, EventKind.EXTRA_WORK_FLAGGED, null, what, blankToNull(reason));
        return line.id();
    }

    /** The car's extra work lines waiting for the customer's answer, in the order they were found. */
    @Transactional
    public List<ExtraWork> awaitingAnswer(long visitId) {
        writer.find(visitId);
        return extraWork.findByVisitIdOrderById(visitId).stream().filter(l -> l.decision() == Decision.PENDING)
                .toList();
    }

    /** Records the customer's approval or decline of a line: who, how and when. */
    @Transactional
    public void decideExtraWork(long lineId, Decision decision, ContactChannel via, Actor actor) {
        if (decision == Decision.PENDING) {
            throw Problem.invalid("decision", "problem.required");
        }
        ExtraWork line = line(lineId);
        if (line.decision() != Decision.PENDING) {
            throw Problem.conflict("extraWork.alreadyDecided", line.what());
        }
        extraWork.update(line.decided(decision, actor.name(), via, clock.now()));
        Visit visit = writer.find(line.visitId());
        // The last answer the car waited for lifts its "waiting for approval" hold: the technician's
        // tablet shows it at once (approved lines to do, Resume), and so does every board.
        boolean answered = extraWork.findByVisitIdOrderById(line.visitId()).stream()
                .noneMatch(l -> l.decision() == Decision.PENDING);
        String held = statusText(visit);
        boolean lift = answered && visit.getStatus() == WorkStatus.ON_HOLD
                && visit.getHoldReason() == HoldReason.WAITING_FOR_APPROVAL;
        if (lift) {
            visit.setStatus(WorkStatus.WAITING);
            visit.setHoldReason(null);
        }
        writer.touch(visit);
        writer.record(visit, actor, EventKind.EXTRA_WORK_DECIDED, line.description(), decision.name(), via.name());
        if (lift) {
            writer.record(visit, actor, EventKind.STATUS, held, WorkStatus.WAITING.name(), null);
        }
    }

    /**
     * Sets (or clears) a waiting line's price estimate, shown to the customer with it: whole cents,
     * 0 to {@link Amounts.Unit#EUROS}' maximum (a typing guard), however it arrives.
     */
    @Transactional
    public void estimateExtraWork(long lineId, @Nullable BigDecimal price, Actor actor) {
        ExtraWork line = line(lineId);
        if (line.decision() != Decision.PENDING) {
            throw Problem.conflict("extraWork.alreadyDecided", line.what());
        }
        BigDecimal checked = price == null ? null : Amounts.check("priceEstimate", price, Amounts.Unit.EUROS);
        if (!Objects.equals(checked, line.priceEstimate())) {
            extraWork.update(line.priced(checked));
        }
    }

    /** Extra work waiting for the customer's answer, the longest waiting first. */
    @Transactional
    public List<ExtraWork> awaitingAnswer() {
        List<ExtraWork> waiting = extraWork.findByDecisionOrderByFlaggedAt(Decision.PENDING);
        Set<Long> visible = writer.visibleOf(waiting.stream().map(ExtraWork::visitId).toList());
        return waiting.stream().filter(l -> visible.contains(l.visitId())).toList();
    }

    /** Marks a line's work done; refused before the customer has approved it. */
    @Transactional
    public void markExtraWorkDone(long lineId, Actor actor) {
        ExtraWork line = line(lineId);
        if (line.decision() != Decision.APPROVED) {
            throw Problem.refused("extraWork.notApproved", line.what());
        }
        if (line.doneAt() != null) {
            throw Problem.conflict("extraWork.alreadyDone", line.what());
        }
        extraWork.update(line.done(clock.now()));
        Visit visit = writer.find(line.visitId());
        writer.touch(visit);
        writer.record(visit, actor, EventKind.EXTRA_WORK_DONE, null, line.description(), null);
    }

    /** The car's extra work lines, in the order they were found. */
    @Transactional
    public List<ExtraWork> extraWork(long visitId) {
        writer.find(visitId);
        return extraWork.findByVisitIdOrderById(visitId);
    }

    private ExtraWork line(long lineId) {
        return extraWork.findById(lineId).filter(l -> !writer.visibleOf(List.of(l.visitId())).isEmpty()).orElseThrow(() -> Problem.notFound("problem.noSuchLine", lineId));
    }
}
