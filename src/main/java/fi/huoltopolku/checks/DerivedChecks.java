package fi.huoltopolku.checks;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitChanged;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the derived checks of a visit up to date: recomputed, in the same transaction, whenever
 * the visit changes, and once an hour for the comeback windows that close with time.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class DerivedChecks {

    private static final Logger LOG = LoggerFactory.getLogger(DerivedChecks.class);

    private final VisitOverviewService visits;
    private final ChecklistService checks;
    private final CheckItemRepository items;
    private final CheckAnswerRepository answers;
    private final WorkshopClock clock;

    DerivedChecks(VisitOverviewService visits, ChecklistService checks, CheckItemRepository items,
            CheckAnswerRepository answers, WorkshopClock clock) {
        this.visits = visits;
        this.checks = checks;
        this.items = items;
        this.answers = answers;
        this.clock = clock;
    }

    @EventListener
    void onVisitChanged(VisitChanged changed) {
        recompute(changed.visitId());
    }

    /** Recomputes every derived check of one visit from its timeline. */
    @Transactional
    public void recompute(long visitId) {
        Visit visit = visits.visit(visitId);
        Derivation.Facts facts = new Derivation.Facts(visit.getPromisedAt(), visits.timeline(visitId),
                visits.extraWork(visitId),
                visits.comebacksOf(visitId).stream().map(Visit::getBookedAt).toList(), clock.now());
        for (Map.Entry<String, @Nullable Answer> derived : Derivation.derive(facts).entrySet()) {
            items.findByCode(derived.getKey()).ifPresent(item -> {
                if (item.retiredAt() == null) {
                    checks.derive(visitId, item, derived.getValue());
                }
            });
        }
    }

    /**
     * Comeback windows close with time: visits handed over 30 days ago get their answer. Each visit
     * in a short transaction of its own ({@link #recompute}), never one long one beside users: a long
     * transaction held the roll-ups' marks and stalled every report while it ran.
     */
    @Scheduled(fixedDelay = "${huoltopolku.derived.sweep-every:1h}", initialDelay = "${huoltopolku.derived.first-sweep-after:2m}")
    void sweep() {
        items.findByCode(Derivation.NO_COMEBACK).ifPresent(item -> {
            var answered = new HashSet<>(answers.findVisitIdByItemIdAndSource(item.id(), Source.DERIVED));
            visits.handedOverBefore(clock.now().minus(Derivation.COMEBACK_WINDOW)).stream()
                    .filter(id -> !answered.contains(id))
                    .forEach(this::recomputeBesideOthers);
        });
    }

    /**
     * With several nodes, another node's sweep may answer the same car at the same moment: the answer
     * is unique per visit, item and source, so the later insert is refused and this sweep goes on.
     */
    private void recomputeBesideOthers(long visitId) {
        try {
            recompute(visitId);
        } catch (DataAccessException answeredElsewhere) {
            LOG.debug("Visit {} was answered by another sweep meanwhile", visitId);
        }
    }
}
