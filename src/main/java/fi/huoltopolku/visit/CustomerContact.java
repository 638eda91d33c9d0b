package fi.huoltopolku.visit;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A contact with the customer about a visit. */
@MappedEntity(value = "customer_contact", escape = false)
public record CustomerContact(@Id @GeneratedValue @Nullable Long id, Long visitId, Instant at,
        ContactChannel channel, Direction direction, String summary, String staffName) {
}
