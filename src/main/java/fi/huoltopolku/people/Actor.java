package fi.huoltopolku.people;

import org.jspecify.annotations.Nullable;

/** Who does something: a member of staff, or an integration (no person) named by itself. */
public record Actor(@Nullable Long personId, String name) {

    public static Actor integration(String name) {
        return new Actor(null, name);
    }
}
