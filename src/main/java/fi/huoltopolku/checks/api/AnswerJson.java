package fi.huoltopolku.checks.api;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/**
 * An answer: {@code "YES"}, {@code "NO"} or {@code "NA"}, an optional comment, and optionally the
 * source ({@code PROCESS} by default; {@code POST_INSPECTION}, {@code WORKSHOP_TEST}).
 */
@Serdeable
public record AnswerJson(@Nullable String answer, @Nullable String comment, @Nullable String source) {
}
