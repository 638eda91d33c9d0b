package fi.huoltopolku.visit;

import static fi.huoltopolku.visit.Journey.notClosed;
import static fi.huoltopolku.visit.VisitWriter.statusText;

import fi.huoltopolku.base.Localized;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.PeopleService;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What entering a stage or starting the work does to a visit, before {@link VisitService} saves it:
 * the journey's moves ({@link Journey}), the stage's mandatory checks ({@link StageGate}), one car in
 * the house, who owns the car in its new stage, and the technician who takes it. Changes when those
 * rules do.
 */
@Singleton
class StageMoves {

    private final ExtraWorkRepository extraWork;
    private final List<StageGate> gates;
    private final VisitRules rules;
    private final TechnicianJobs jobs;
    private final PeopleService people;
    private final WorkshopClock clock;

    StageMoves(ExtraWorkRepository extraWork, List<StageGate> gates, VisitRules rules, TechnicianJobs jobs,
            PeopleService people, WorkshopClock clock) {
        this.extraWork = extraWork;
        this.gates = gates;
        this.rules = rules;
        this.jobs = jobs;
        this.people = people;
        this.clock = clock;
    }

    /** Puts the visit in the stage if the journey's rules allow it (not saved yet); answers the stage it left. */
    Stage moveTo(Visit visit, Stage to, @Nullable String note, Actor actor) {
        long visitId = Objects.requireNonNull(visit.getId());
        Stage from = visit.getStage();
        Journey.checkMove(from, to, visit.flags(), extraWork.findByVisitIdOrderById(visitId), note);
        if (to == Stage.CHECKED_IN || to == Stage.IN_WORK) {
            rules.oneVisitInHouse(visit);
        }
        if (Journey.forward(from, to)) {
            List<Localized> open = gates.stream().flatMap(g -> g.openMandatory(visitId, from).stream()).toList();
            if (!open.isEmpty()) {
                throw Problem.refused("journey.mandatoryOpen", from, open);
            }
        }
        if (to == Stage.IN_WORK && visit.getTechnicianId() == null && jobs.isTechnician(actor)) {
            visit.setTechnicianId(actor.personId());
        }
        visit.setStage(to);
        visit.setStatus(WorkStatus.WAITING);
        visit.setHoldReason(null);
        visit.setStageEnteredAt(clock.now());
        visit.setOwnerDepartmentId(people.department(to.department()).id());
        visit.setOwnerPersonId(switch (to) {
            case IN_WORK -> visit.getTechnicianId();
            case QUALITY_CHECK, WASH -> null;
            default -> visit.getAdvisorId();
        });
        return from;
    }

    /** Puts the work in progress (not saved yet); answers the status it had. */
    String startIn(Visit visit, Actor actor) {
        notClosed(visit);
        VisitRules.arrived(visit);
        if (!TechnicianJobs.WORKSHOP_STAGES.contains(visit.getStage())) {
            throw Problem.refused("visit.noWorkInStage", visit.getStage());
        }
        if (visit.getStatus() == WorkStatus.IN_PROGRESS) {
            throw Problem.refused("visit.alreadyInProgress");
        }
        if (visit.getStage() == Stage.IN_WORK && visit.getTechnicianId() == null && jobs.isTechnician(actor)) {
            visit.setTechnicianId(actor.personId());
            visit.setOwnerPersonId(actor.personId());
        }
        String from = statusText(visit);
        visit.setStatus(WorkStatus.IN_PROGRESS);
        visit.setHoldReason(null);
        return from;
    }
}
