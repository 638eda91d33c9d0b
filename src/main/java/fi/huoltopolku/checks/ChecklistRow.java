package fi.huoltopolku.checks;

import fi.huoltopolku.base.Localized;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.visit.Stage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A check item as a visit's checklist shows it, with its answer from one source, or not checked
 * ({@code answer} null). The question is the wording of the version the answer was given for.
 */
public record ChecklistRow(long itemId, String code, ItemKind kind, @Nullable Stage stage, String themeCode,
        Localized theme, Localized question, Role role, boolean mandatory, int version, @Nullable Answer answer,
        Source source, @Nullable String answeredBy, @Nullable Instant answeredAt, @Nullable String comment) {

    public boolean answered() {
        return answer != null;
    }
}
