package fi.huoltopolku.visit;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the advisor confirms with the customer at check-in: the flags, the contact details (blank
 * keeps the old ones), optionally the technician, and a note (the concern in the customer's words).
 */
public record CheckIn(Set<Flag> flags, @Nullable Long technicianId, @Nullable String phone, @Nullable String email,
        @Nullable String note) {

    /** A check-in that changes nothing but the stage. */
    public static CheckIn as(Set<Flag> flags, @Nullable Long technicianId) {
        return new CheckIn(flags, technicianId, null, null, null);
    }
}
