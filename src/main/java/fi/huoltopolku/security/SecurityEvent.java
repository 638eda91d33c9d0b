package fi.huoltopolku.security;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the security log. For sign-in attempts, whether the name was an existing account and
 * the SHA-256 of the device cookie the browser sent (never shown; see {@code AccountService}).
 */
@MappedEntity(value = "security_event", escape = false)
public record SecurityEvent(@Id @GeneratedValue @Nullable Long id, Instant at, Kind kind, @Nullable String username,
        @Nullable String actor, @Nullable String address, @Nullable String detail, boolean accountExists,
        @Nullable String device) {

    /** The longest name, address and detail the log's columns keep. */
    public static final int MAX_NAME = 100;
    public static final int MAX_ACTOR = 200;
    public static final int MAX_DETAIL = 1000;

    public enum Kind {
        SIGNED_IN, SIGN_IN_FAILED, LOCKED_OUT, SIGNED_OUT, PASSWORD_SET, PIN_SET, ROLES_CHANGED, USER_CREATED,
        USER_DISABLED, USER_ENABLED, TOKEN_CREATED, TOKEN_REVOKED, CUSTOMER_EXPORTED, CUSTOMER_ERASED,
        BACKUP_WRITTEN
    }
}
