package fi.huoltopolku.desk.api;

import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.Stage;
import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/**
 * A move to another stage. {@code version}, when given, must be the visit's current version
 * (the move is refused with 409 if someone changed the visit since). A move to {@code CHECKED_IN}
 * may bring the check-in done with the customer ({@code checkIn}), saved with the move as one change.
 */
@Serdeable
public record TransitionJson(@Nullable Stage to, @Nullable String note, @Nullable Long version,
        @Nullable CheckInJson checkIn) {

    /**
     * The check-in with the customer: the technician (id or username), confirmed contact details,
     * the flags, the check-in items ticked together (codes, answered yes), and whether the customer
     * declines messages.
     */
    @Serdeable
    public record CheckInJson(@Nullable String technician, @Nullable String phone, @Nullable String email,
            java.util.@Nullable List<Flag> flags, java.util.@Nullable List<String> items,
            @Nullable Boolean declinesMessages) {
    }
}
