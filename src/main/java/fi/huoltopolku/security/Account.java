package fi.huoltopolku.security;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person's credentials: Argon2id hashes of the password and of the tablet PIN. */
@MappedEntity(value = "account", escape = false)
record Account(@Id Long personId, @Nullable String passwordHash, @Nullable String pinHash, @Nullable String badge,
        Instant changedAt,
        @Version Long version) {
}
