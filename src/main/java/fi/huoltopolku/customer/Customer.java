package fi.huoltopolku.customer;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer of the workshop. {@code phoneKey} is the phone number's digits, for searching;
 * {@code contactDeclined}: no messages (survey invitations) are sent.
 */
@MappedEntity(value = "customer", escape = false)
public record Customer(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String phone,
        @Nullable String phoneKey, @Nullable String email, String language, Instant createdAt,
        boolean contactDeclined, @Version @Nullable Long version) {
}
