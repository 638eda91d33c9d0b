package fi.huoltopolku.checks.api;

import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ItemKind;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.visit.Stage;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A check item of a visit with its answer from one source ({@code answer} null: not checked).
 * {@code question} is the English wording of {@code version}; {@code questionFi} the Finnish.
 */
@Serdeable
public record CheckJson(String code, ItemKind kind, @Nullable Stage stage, String theme, String question,
        String questionFi, boolean mandatory, int version, @Nullable Answer answer, Source source,
        @Nullable String answeredBy, @Nullable OffsetDateTime answeredAt, @Nullable String comment) {
}
