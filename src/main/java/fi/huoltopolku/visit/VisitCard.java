package fi.huoltopolku.visit;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What every screen shows of a visit: the car, the owner, the promise, the flags, who has it. */
public record VisitCard(long id, long version, long customerId, long vehicleId, String plate, String make,
        String model, @Nullable Integer modelYear, @Nullable String vin, String customerName,
        @Nullable String customerPhone, @Nullable String customerEmail, String requestedWork, Instant bookedAt,
        Instant promisedAt, PromiseState promise, Stage stage, WorkStatus status, @Nullable HoldReason holdReason,
        Set<Flag> flags, String ownerDepartmentCode, @Nullable Long ownerPersonId, @Nullable String ownerPersonName,
        @Nullable Long advisorId, @Nullable String advisorName, @Nullable Long technicianId,
        @Nullable String technicianName, Instant stageEnteredAt, long siteId) {

    public String makeAndModel() {
        return make + " " + model;
    }

    /** The same card without the customer's phone and e-mail (for a reader whose work needs the name only). */
    public VisitCard withoutContacts() {
        return new VisitCard(id, version, customerId, vehicleId, plate, make, model, modelYear, vin, customerName, null,
                null, requestedWork, bookedAt, promisedAt, promise, stage, status, holdReason, flags,
                ownerDepartmentCode, ownerPersonId, ownerPersonName, advisorId, advisorName, technicianId,
                technicianName, stageEnteredAt, siteId);
    }

    public boolean promiseAlert() {
        return promise == PromiseState.AT_RISK || promise == PromiseState.LATE;
    }
}
