package fi.huoltopolku.visit;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One entry of a visit's timeline: what happened, from what to what, who did it and when. */
@MappedEntity(value = "visit_event", escape = false)
public record VisitEvent(@Id @GeneratedValue @Nullable Long id, Long visitId, Instant at, @Nullable Long actorId,
        String actorName, EventKind kind, @Nullable String fromValue, @Nullable String toValue,
        @Nullable String note) {
}
