package fi.huoltopolku.visit;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A technician away for a day: the booking calendar's capacity leaves them out. */
@MappedEntity(value = "technician_absence", escape = false)
public record Absence(@Id @GeneratedValue @Nullable Long id, Long personId, LocalDate absentOn, String reason,
        String createdBy, Instant createdAt, long siteId) {
}
