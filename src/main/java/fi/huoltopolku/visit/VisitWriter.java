package fi.huoltopolku.visit;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.security.Callers;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How every change of a visit is written, whichever service makes it: the visit loaded at the version
 * the screen saw, saved refusing a stale copy (optimistic locking), the change put on its timeline and
 * announced to the screens. Changes only when that way of writing does; the services' rules are theirs.
 */
@Singleton
class VisitWriter {

    static final int MAX_TEXT = 2000;

    private final VisitRepository visits;
    private final VisitEventRepository events;
    private final WorkshopClock clock;
    private final ApplicationEventPublisher<VisitChanged> publisher;

    VisitWriter(VisitRepository visits, VisitEventRepository events, WorkshopClock clock,
            ApplicationEventPublisher<VisitChanged> publisher) {
        this.visits = visits;
        this.events = events;
        this.clock = clock;
        this.publisher = publisher;
    }

    Visit find(long visitId) {
        return VisitScopes.found(visits.findById(visitId), visitId);
    }

    /** Those of the visits the caller may see (see {@link VisitScopes}). */
    Set<Long> visibleOf(Collection<Long> visitIds) {
        if (Callers.dataScope().all() || visitIds.isEmpty()) {
            return Set.copyOf(visitIds);
        }
        return VisitScopes.visible(visits.findByIdIn(Set.copyOf(visitIds))).stream().map(Visit::getId)
                .collect(Collectors.toSet());
    }

    /** The visit, refused as stale unless it is still at the version the caller saw. */
    Visit load(long visitId, long expectedVersion) {
        Visit visit = find(visitId);
        if (!Objects.equals(visit.getVersion(), expectedVersion)) {
            throw Problem.conflict("problem.staleVisit");
        }
        return visit;
    }

    /** A new visit, stored. */
    Visit add(Visit visit) {
        return visits.save(visit);
    }

    Visit save(Visit visit) {
        visit.setUpdatedAt(clock.now());
        try {
            return visits.update(visit);
        } catch (OptimisticLockException e) {
            throw Problem.conflict("problem.staleVisit");
        }
    }

    /** A change to the visit's lines or log: bump its version so other open copies know. */
    void touch(Visit visit) {
        save(visit);
    }

    /** The change on the visit's timeline, announced to the screens. */
    void record(Visit visit, Actor actor, EventKind kind, @Nullable String from, @Nullable String to,
            @Nullable String note) {
        events.save(new VisitEvent(null, visit.getId(), clock.now(), actor.personId(), actor.name(), kind, from, to,
                note));
        changed(Objects.requireNonNull(visit.getId()));
    }

    /** Tells the screens that the visit changed (after the commit, by the broadcaster). */
    void changed(long visitId) {
        publisher.publishEvent(new VisitChanged(visitId));
    }

    static String statusText(Visit visit) {
        return visit.getHoldReason() == null ? visit.getStatus().name()
                : visit.getStatus().name() + ":" + visit.getHoldReason().name();
    }

    static String required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field, "problem.required");
        }
        if (value.length() > max) {
            throw Problem.invalid(field, "problem.tooLong", max);
        }
        return value.trim();
    }

    static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
