package fi.huoltopolku.customer;

import org.jspecify.annotations.Nullable;

/**
 * What a booking says about the customer and the car; {@code knownId} when the booker chose a customer on
 * file by number (the booking is then theirs, whatever car or phone it names).
 */
public record CustomerDetails(String name, @Nullable String phone, @Nullable String email, String plate,
        @Nullable String vin, String make, String model, @Nullable Integer modelYear, @Nullable Long knownId) {

    public CustomerDetails(String name, @Nullable String phone, @Nullable String email, String plate,
            @Nullable String vin, String make, String model, @Nullable Integer modelYear) {
        this(name, phone, email, plate, vin, make, model, modelYear, null);
    }
}
