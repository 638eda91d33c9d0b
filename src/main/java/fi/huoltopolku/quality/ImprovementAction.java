package fi.huoltopolku.quality;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What will change in a theme, who owns it, from when, and how far it is. */
@MappedEntity(value = "improvement_action", escape = false)
public record ImprovementAction(@Id @GeneratedValue @Nullable Long id, Long themeId, String whatChanges, Long ownerId,
        LocalDate startDate, ActionStatus status, Instant createdAt, @Version @Nullable Long version,
        @Nullable Long siteId) {

    ImprovementAction withStatus(ActionStatus next) {
        return new ImprovementAction(id, themeId, whatChanges, ownerId, startDate, next, createdAt, version, siteId);
    }
}
