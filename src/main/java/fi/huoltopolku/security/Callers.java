package fi.huoltopolku.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import fi.huoltopolku.site.SiteScope;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The caller of the current call. A REST request carries it as a request attribute (see
 * {@link ApiAuthFilter}); a screen's code finds it in the Vaadin session (signed in, or anonymous);
 * anything else is the application itself (start-up, scheduled jobs, demo data) and has none.
 */
public final class Callers {

    /** The request attribute holding a REST request's caller. */
    public static final String ATTRIBUTE = "huoltopolku.caller";

    /** The request attribute holding the sites a REST request narrowed itself to ({@code site=}). */
    static final String NARROWED_ATTRIBUTE = "huoltopolku.sitesAsked";

    private static final ThreadLocal<SiteScope> NARROWED = new ThreadLocal<>();

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

    /**
     * The sites whose data the current call may read and change. The caller's {@link #sites()}, except
     * for an anonymous caller: they reach only the public pages a link's token opens
     * ({@code @Allowed(anonymous = true)}), where the token is the access to its one visit, and the
     * work those pages do (a survey files its case) is the visit's own site's work.
     */
    public static SiteScope dataScope() {
        SiteScope narrowed = NARROWED.get();
        if (narrowed != null) {
            return narrowed;
        }
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        Optional<SiteScope> asked = request.flatMap(r -> r.getAttribute(NARROWED_ATTRIBUTE, SiteScope.class));
        if (asked.isPresent()) {
            return asked.get();
        }
        Optional<Caller> caller = current();
        return caller.isEmpty() || caller.get().anonymous() ? SiteScope.ALL : caller.get().sites();
    }

    /**
     * Does the work with the caller's sites narrowed to those asked for (a list's or report's
     * {@code site=} filter): never wider than the caller's own (see {@link SiteScope#narrowedTo}).
     */
    public static <T> T narrowedTo(Set<Long> sitesAsked, Supplier<T> work) {
        SiteScope before = NARROWED.get();
        NARROWED.set(dataScope().narrowedTo(sitesAsked));
        try {
            return work.get();
        } finally {
            if (before == null) {
                NARROWED.remove();
            } else {
                NARROWED.set(before);
            }
        }
    }

    /** Whether the current call may see data of this site (else it is "not found" to them). */
    public static boolean sees(long siteId) {
        return dataScope().contains(siteId);
    }

    /** The person signed in to the current Vaadin session, if anyone. */
    public static Optional<SignedIn> signedIn() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession wrapped = session == null ? null : session.getSession();
        return wrapped == null ? Optional.empty()
                : Optional.ofNullable((SignedIn) wrapped.getAttribute(SignedIn.ATTRIBUTE));
    }
}
