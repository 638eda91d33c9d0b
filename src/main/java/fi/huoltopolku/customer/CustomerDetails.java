package fi.huoltopolku.customer;

import org.jspecify.annotations.Nullable;

/** What a booking says about the customer and the car. */
public record CustomerDetails(String name, @Nullable String phone, @Nullable String email, String plate,
        @Nullable String vin, String make, String model, @Nullable Integer modelYear) {
}
