package fi.huoltopolku.security;

import fi.huoltopolku.people.Role;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An integration's API token: its name, role (at a site, or with no site at the group) and hash; the token itself is shown once only. */
@MappedEntity(value = "api_token", escape = false)
public record ApiToken(@Id @GeneratedValue @Nullable Long id, String name, Role role, String tokenHash, String prefix,
        Instant createdAt, String createdBy, @Nullable Instant revokedAt, @Nullable String revokedBy,
        @Nullable Instant lastUsedAt, @Version @Nullable Long version, @Nullable Long siteId) {

    public boolean active() {
        return revokedAt == null;
    }
}
