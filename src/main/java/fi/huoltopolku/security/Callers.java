package fi.huoltopolku.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The caller of the current thread. A REST request carries it from its API token (see
 * {@link ApiAuthFilter}); a
 * screen's code finds it in the Vaadin session (signed in, or anonymous); anything else is the
 * application itself (start-up, scheduled jobs, demo data) and has none.
 */
public final class Callers {

    /** The request attribute holding a REST request's caller. */
    public static final String ATTRIBUTE = "huoltopolku.caller";

    private static final ThreadLocal<@Nullable Caller> CURRENT = new ThreadLocal<>();

    private Callers() {
    }

    public static Optional<Caller> current() {
        Caller explicit = CURRENT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        // A REST request: the caller ApiAuthFilter found; without one (no filter ran), anonymous.
        Optional<io.micronaut.http.HttpRequest<Object>> request = io.micronaut.http.context.ServerRequestContext.currentRequest();
        if (request.isPresent()) {
            return Optional.of(request.get().getAttribute(ATTRIBUTE, Caller.class).orElse(Caller.ANONYMOUS));
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            return Optional.of(signedIn(session).map(SignedIn::caller).orElse(Caller.ANONYMOUS));
        }
        return Optional.empty();
    }

    /** The person signed in to a Vaadin session, if anyone. */
    public static Optional<SignedIn> signedIn(VaadinSession session) {
        WrappedSession wrapped = session.getSession();
        return wrapped == null ? Optional.empty()
                : Optional.ofNullable((SignedIn) wrapped.getAttribute(SignedIn.ATTRIBUTE));
    }

    /** Runs the work as the given caller on this thread. */
    public static <T> T as(Caller caller, Supplier<T> work) {
        Caller before = CURRENT.get();
        CURRENT.set(caller);
        try {
            return work.get();
        } finally {
            CURRENT.set(before);
        }
    }

    static void set(@Nullable Caller caller) {
        if (caller == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(caller);
        }
    }
}
