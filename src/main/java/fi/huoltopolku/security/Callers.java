package fi.huoltopolku.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import fi.huoltopolku.site.SiteScope;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import java.util.Optional;

/**
 * The caller of the current call. A REST request carries it as a request attribute (see
 * {@link ApiAuthFilter}); a screen's code finds it in the Vaadin session (signed in, or anonymous);
 * anything else is the application itself (start-up, scheduled jobs, demo data) and has none.
 */
public final class Callers {

    /** The request attribute holding a REST request's caller. */
    public static final String ATTRIBUTE = "huoltopolku.caller";

    private Callers() {
    }

    public static Optional<Caller> current() {
        // A REST request: the caller ApiAuthFilter found; without one (no filter ran), anonymous.
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        if (request.isPresent()) {
            return Optional.of(request.get().getAttribute(ATTRIBUTE, Caller.class).orElse(Caller.ANONYMOUS));
        }
        if (VaadinSession.getCurrent() != null) {
            return Optional.of(signedIn().map(SignedIn::caller).orElse(Caller.ANONYMOUS));
        }
        return Optional.empty();
    }

    /** The sites the current caller may see; the application's own work (no caller) sees every site. */
    public static SiteScope sites() {
        return current().map(Caller::sites).orElse(SiteScope.ALL);
    }

    /** The person signed in to the current Vaadin session, if anyone. */
    public static Optional<SignedIn> signedIn() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        return wrapped == null ? Optional.empty()
                : Optional.ofNullable((SignedIn) wrapped.getAttribute(SignedIn.ATTRIBUTE));
    }
}
