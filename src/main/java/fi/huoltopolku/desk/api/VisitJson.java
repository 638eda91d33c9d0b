package fi.huoltopolku.desk.api;

import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.HoldReason;
import fi.huoltopolku.visit.PromiseState;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.WorkStatus;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A visit as the API shows it. Field names are a contract with integrators: keep them stable. */
@Serdeable
public record VisitJson(long id, long version, Stage stage, WorkStatus status, @Nullable HoldReason holdReason,
        CustomerJson customer, VehicleJson vehicle, String requestedWork, OffsetDateTime bookedAt,
        OffsetDateTime promisedAt, PromiseState promise, @Nullable String advisor, @Nullable String technician,
        List<Flag> flags, String ownerDepartment, @Nullable String ownerPerson) {

    @Serdeable
    public record CustomerJson(@Nullable Long id, @Nullable String name, @Nullable String phone,
            @Nullable String email) {
    }

    @Serdeable
    public record VehicleJson(@Nullable Long id, @Nullable String plate, @Nullable String vin, @Nullable String make,
            @Nullable String model, @Nullable Integer year) {
    }
}
