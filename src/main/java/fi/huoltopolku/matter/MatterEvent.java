package fi.huoltopolku.matter;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step in a matter's history: opened, handed over (to whom, why), closed (how). */
@MappedEntity(value = "matter_event", escape = false)
public record MatterEvent(@Id @GeneratedValue @Nullable Long id, Long matterId, Instant at, String actorName,
        String kind, @Nullable String toValue, @Nullable String note) {
}
