package fi.huoltopolku.visit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A photo of a line of extra work, as stored (a JPEG of at most {@link ExtraWorkPhotos#MAX_EDGE} px). */
@MappedEntity(value = "extra_work_photo", escape = false)
public record ExtraWorkPhoto(@Id @GeneratedValue @Nullable Long id, Long extraWorkId, String contentType, int width,
        int height, byte[] bytes, Instant takenAt, String takenBy) {

    /** A photo without its bytes: what a page lists. */
    @Introspected
    public record Info(Long id, Long extraWorkId, int width, int height, Instant takenAt, String takenBy) {
    }
}
