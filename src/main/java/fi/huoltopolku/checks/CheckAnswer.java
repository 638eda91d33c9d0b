package fi.huoltopolku.checks;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An answer to a check item for a visit, from one source, pointing at the wording it was given for. */
@MappedEntity(value = "check_answer", escape = false)
public record CheckAnswer(@Id @GeneratedValue @Nullable Long id, Long visitId, Long itemId, Long itemVersionId,
        Answer answer, Source source, @Nullable Long answeredById, String answeredBy, Instant answeredAt,
        @Nullable String comment, @Version @Nullable Long version) {
}
