package fi.huoltopolku.visit.api;

import fi.huoltopolku.visit.Stage;
import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/**
 * A move to another stage. {@code version}, when given, must be the visit's current version
 * (the move is refused with 409 if someone changed the visit since).
 */
@Serdeable
public record TransitionJson(@Nullable Stage to, @Nullable String note, @Nullable Long version) {
}
