package fi.huoltopolku.quality;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A session where the new way of working was practised: when, who attended. */
@MappedEntity(value = "practice_session", escape = false)
public record PracticeSession(@Id @GeneratedValue @Nullable Long id, Long actionId, LocalDate heldOn, String attendees,
        @Nullable String note) {
}
