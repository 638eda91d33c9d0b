package fi.huoltopolku.security;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The security log: who signed in or failed to, lockouts, role and credential changes, API tokens,
 * customer exports and erasures. Written in its own transaction so a refused attempt is kept.
 */
@Singleton
public class SecurityLog {

    private final SecurityRepositories.Events events;
    private final WorkshopClock clock;

    SecurityLog(SecurityRepositories.Events events, WorkshopClock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void record(SecurityEvent.Kind kind, @Nullable String username, @Nullable String actor,
            @Nullable String address, @Nullable String detail) {
        attempt(kind, username, actor, address, detail, false, null);
    }

    /**
     * A sign-in attempt: as {@link #record}, with whether the name is an existing account and the
     * hash of the device cookie. Every text is cut to what its column keeps, so no name is too long.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void attempt(SecurityEvent.Kind kind, @Nullable String username, @Nullable String actor,
            @Nullable String address, @Nullable String detail, boolean accountExists, @Nullable String device) {
        events.save(new SecurityEvent(null, clock.now(), kind, cap(username, SecurityEvent.MAX_NAME),
                cap(actor, SecurityEvent.MAX_ACTOR), cap(address, SecurityEvent.MAX_NAME),
                cap(detail, SecurityEvent.MAX_DETAIL), accountExists, device));
    }

    /** The text cut to at most {@code max} characters (the log's columns have a length). */
    public static @Nullable String cap(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /**
     * A detail stored as a text key and its arguments, shown in the reader's language
     * ({@code security.ui.SecurityLogView}); an argument {@code roles=A,B} is a list of roles.
     */
    public static String detail(String key, Object... args) {
        StringBuilder detail = new StringBuilder(KEYED).append(key);
        for (Object arg : args) {
            detail.append(SEPARATOR).append(arg);
        }
        return detail.toString();
    }

    /** How a keyed detail begins, and what separates its parts. */
    public static final String KEYED = "log:";
    public static final char SEPARATOR = '\u001f';

    /** The latest 500 events, newest first. */
    @Transactional
    @Allowed(Role.ADMIN)
    public List<SecurityEvent> recent() {
        return events.findTop500OrderByAtDesc();
    }
}
