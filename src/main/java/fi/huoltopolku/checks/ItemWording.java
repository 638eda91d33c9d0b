package fi.huoltopolku.checks;

import fi.huoltopolku.people.Role;
import org.jspecify.annotations.Nullable;

/** What an editor writes for a check item: its theme, question in both languages, who answers, mandatory. */
public record ItemWording(@Nullable String themeCode, @Nullable String questionEn, @Nullable String questionFi,
        @Nullable Role role, boolean mandatory) {
}
