package fi.huoltopolku.customer;

import org.jspecify.annotations.Nullable;

/** A search hit: a vehicle with its owner. */
public record VehicleMatch(long vehicleId, String plate, String make, String model, @Nullable Integer modelYear,
        long customerId, String customerName, @Nullable String phone, @Nullable String email) {

    public String label() {
        return plate + " · " + make + " " + model + " · " + customerName + (phone == null ? "" : " · " + phone);
    }
}
