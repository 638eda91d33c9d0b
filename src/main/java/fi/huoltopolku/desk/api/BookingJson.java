package fi.huoltopolku.desk.api;

import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.visit.Flag;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A booking from a booking system; {@code checks} answers the booking stage's check items asked
 * with the customer (by item code: YES, NO or NA), recorded with the booking.
 */
@Serdeable
public record BookingJson(VisitJson.@Nullable CustomerJson customer, VisitJson.@Nullable VehicleJson vehicle,
        @Nullable String requestedWork, @Nullable OffsetDateTime bookedAt, @Nullable OffsetDateTime promisedAt,
        @Nullable String advisor, @Nullable List<Flag> flags, fi.huoltopolku.visit.@Nullable VisitType visitType,
        java.util.@Nullable Map<String, Answer> checks, @Nullable Boolean allowOverbooking) {
}
