package fi.huoltopolku.infra;

import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Caller;
import fi.huoltopolku.security.Callers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;

/**
 * The metrics ({@value #PATH}) are for operations: an API token of a manager or an admin (as a
 * Prometheus scraper sends it), or a signed-in manager or admin in a browser; anyone else 401 or 403.
 */
final class MetricsGuard extends HttpFilter {

    static final String PATH = "/api/prometheus";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Caller caller = request.getAttribute(Callers.ATTRIBUTE) instanceof Caller c ? c : Caller.ANONYMOUS;
        if (caller.anonymous()) {
            ErrorPages.write(PATH, response, 401);
        } else if (!caller.hasAnyOf(EnumSet.of(Role.MANAGER, Role.ADMIN))) {
            ErrorPages.write(PATH, response, 403);
        } else {
            chain.doFilter(request, response);
        }
    }
}
