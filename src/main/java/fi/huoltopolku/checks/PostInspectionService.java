package fi.huoltopolku.checks;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.matter.MatterService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.Rework;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitHandedOver;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Random;

/**
 * Post-inspections: at each handover the car may be drawn for re-inspection by a foreman (a
 * configurable share, default 10%, fair across technicians). The foreman answers the
 * post-inspection items; a failed item can open a rework note on the visit and a matter for its
 * advisor to contact the customer.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class PostInspectionService {

    private final PostInspectionRepository inspections;
    private final ChecklistService checks;
    private final VisitOverviewService visits;
    private final Rework rework;
    private final MatterService matters;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final SamplingPolicy policy;
    private Random random = new SecureRandom();

    PostInspectionService(PostInspectionRepository inspections, ChecklistService checks, VisitOverviewService visits,
            Rework rework, MatterService matters, PeopleService people, WorkshopClock clock,
            @Value("${huoltopolku.post-inspection.share:0.10}") double share,
            @Value("${huoltopolku.post-inspection.max-gap:20}") int maxGap) {
        this.inspections = inspections;
        this.checks = checks;
        this.visits = visits;
        this.rework = rework;
        this.matters = matters;
        this.people = people;
        this.clock = clock;
        this.policy = new SamplingPolicy(share, maxGap);
    }

    /** A repeatable source of chance, for deterministic demo data and tests. */
    public void useRandom(Random random) {
        this.random = random;
    }

    @EventListener
    void onHandover(VisitHandedOver handedOver) {
        considerHandover(handedOver.visitId());
    }

    /** Draws (or not) a car just handed over. Returns whether it was drawn. */
    @Transactional
    public boolean considerHandover(long visitId) {
        if (inspections.findByVisitId(visitId).isPresent()) {
            return true;
        }
        Visit visit = visits.visit(visitId);
        Long technician = visit.getTechnicianId();
        long since = technician == null ? 0 : visits.handoversSince(technician,
                inspections.findFirstByTechnicianIdOrderByDrawnAtDesc(technician).map(PostInspection::drawnAt)
                        .orElse(Instant.EPOCH));
        SamplingPolicy.Draw draw = policy.decide(since, random.nextDouble());
        if (draw == SamplingPolicy.Draw.NONE) {
            return false;
        }
        inspections.save(new PostInspection(null, visitId, technician, clock.now(),
                draw == SamplingPolicy.Draw.FOR_FAIRNESS, null, null, null));
        return true;
    }

    /** Cars drawn and not yet re-inspected at the caller's sites, oldest first (another site's are not theirs to see). */
    @Transactional
    public List<VisitCard> queue() {
        return inspections.findByDoneAtIsNullOrderByDrawnAt().stream().map(p -> visits.findCard(p.visitId()))
                .flatMap(Optional::stream).toList();
    }

    @Transactional
    public boolean drawn(long visitId) {
        return inspections.findByVisitId(visitId).isPresent();
    }

    /** Finishes a re-inspection; refused while any post-inspection item is unanswered. */
    @Transactional
    public void complete(long visitId, Actor actor) {
        PostInspection inspection = inspections.findByVisitId(visitId)
                .orElseThrow(() -> Problem.refused("checks.notSampled"));
        if (inspection.doneAt() != null) {
            throw Problem.refused("postInspection.alreadyDone");
        }
        List<ChecklistRow> open = checks.postInspection(visitId).stream().filter(r -> !r.answered()).toList();
        if (!open.isEmpty()) {
            throw Problem.refused("postInspection.open", open.stream().map(ChecklistRow::question).toList());
        }
        inspections.update(inspection.done(clock.now(), actor.name()));
    }

    /**
     * Opens a rework note for a failed post-inspection item: on the visit's timeline, and as a
     * matter for the visit's advisor to contact the customer.
     */
    @Transactional
    public void reworkNote(long visitId, String itemCode, Actor actor) {
        ChecklistRow failed = checks.postInspection(visitId).stream().filter(r -> r.code().equals(itemCode))
                .findFirst().orElseThrow(() -> Problem.invalid("itemCode", "checks.unknownItem", itemCode));
        if (failed.answer() != Answer.NO) {
            throw Problem.refused("postInspection.notFailed");
        }
        VisitCard card = visits.card(visitId);
        String text = failed.question().in(Locale.forLanguageTag("fi")) + " / " + failed.question().en()
                + (failed.comment() == null ? "" : ": " + failed.comment());
        rework.reworkNote(visitId, text, actor);
        Long advisor = card.advisorId();
        matters.open(card.customerId(), card.plate() + " — " + text, ContactChannel.IN_PERSON,
                people.department(Department.RECEPTION).id(), advisor, actor);
    }
}
