package fi.huoltopolku.checks;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A handed-over car drawn for re-inspection by a foreman. {@code forced}: drawn for fairness, not by chance. */
@MappedEntity(value = "post_inspection", escape = false)
public record PostInspection(@Id @GeneratedValue @Nullable Long id, Long visitId, @Nullable Long technicianId,
        Instant drawnAt, boolean forced, @Nullable Instant doneAt, @Nullable String doneBy,
        @Version @Nullable Long version) {

    PostInspection done(Instant at, String by) {
        return new PostInspection(id, visitId, technicianId, drawnAt, forced, at, by, version);
    }
}
