package fi.huoltopolku.visit;

import fi.huoltopolku.customer.CustomerDetails;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A booking: who, which car, what the customer asked for in their own words, when, the promise,
 * and the kind of job (a service when not said).
 */
public record Booking(CustomerDetails customer, String requestedWork, @Nullable Instant bookedAt,
        @Nullable Instant promisedAt, @Nullable Long advisorId, Set<Flag> flags, @Nullable VisitType type,
        @Nullable Integer plannedMinutes) {

    /** A booking's planned hours when none are given: two hours. */
    public static final int DEFAULT_PLANNED_MINUTES = 120;

    public Booking(CustomerDetails customer, String requestedWork, @Nullable Instant bookedAt,
            @Nullable Instant promisedAt, @Nullable Long advisorId, Set<Flag> flags, @Nullable VisitType type) {
        this(customer, requestedWork, bookedAt, promisedAt, advisorId, flags, type, null);
    }

    public Booking(CustomerDetails customer, String requestedWork, @Nullable Instant bookedAt,
            @Nullable Instant promisedAt, @Nullable Long advisorId, Set<Flag> flags) {
        this(customer, requestedWork, bookedAt, promisedAt, advisorId, flags, null, null);
    }
}
