package fi.huoltopolku.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Finds the caller of a REST request: the integration of a valid {@code Authorization: Bearer}
 * token, or for downloads (GET) from the screens the person signed in to the session; anyone else
 * is anonymous, and {@link Allowed} refuses them where sign-in is needed (401).
 */
public class ApiAuthFilter extends HttpFilter {

    private final ApiTokenService tokens;

    public ApiAuthFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(Callers.ATTRIBUTE, caller(request));
        chain.doFilter(request, response);
    }

    private Caller caller(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return tokens.authenticate(authorization.substring(7).trim())
                    .map(t -> Caller.integration(t.name(), t.role(), t.siteId())).orElse(Caller.ANONYMOUS);
        }
        HttpSession session = request.getSession(false);
        if ("GET".equals(request.getMethod()) && session != null
                && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn who) {
            return who.caller();
        }
        return Caller.ANONYMOUS;
    }
}
