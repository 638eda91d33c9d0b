package fi.huoltopolku.customer;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import org.jspecify.annotations.Nullable;

/** A car, owned by one customer. {@code plateKey} is the plate without case or dashes. */
@MappedEntity(value = "vehicle", escape = false)
public record Vehicle(@Id @GeneratedValue @Nullable Long id, Long customerId, String plate, String plateKey,
        @Nullable String vin, String make, String model, @Nullable Integer modelYear,
        @Version @Nullable Long version) {

    public String makeAndModel() {
        return make + " " + model;
    }
}
