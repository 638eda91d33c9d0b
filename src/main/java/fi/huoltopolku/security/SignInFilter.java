package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Signs in and out over plain HTTP, outside Vaadin, so the session id can be changed at sign-in
 * (a WebSocket cannot): the login form posts here ({@code /login}, {@code /login?pin} for badge and
 * PIN); a POST to {@code /logout} invalidates the session. A successful sign-in leaves a device
 * cookie (HttpOnly, 180 days) by which the brake on failed sign-ins recognises the person's device.
 * Posts from other sites are refused. Everything else passes through.
 */
public class SignInFilter extends HttpFilter {

    private final AccountService accounts;
    private final Duration idle;
    private final Duration tabletIdle;
    private final Set<String> origins;
    private final Origins.Refusals refusals = new Origins.Refusals();

    /**
     * @param allowed the addresses posts may come from: the public address and any configured ones
     *                (scheme, host and port; a path is ignored)
     */
    public SignInFilter(AccountService accounts, Duration idle, Duration tabletIdle, Collection<String> allowed) {
        this.accounts = accounts;
        this.origins = allowed.stream().map(Origins::of).filter(Objects::nonNull).collect(Collectors.toSet());
        this.idle = idle;
        this.tabletIdle = tabletIdle;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean post = "POST".equals(request.getMethod());
        boolean tablet = request.getParameter("tablet") != null;
        if (("/login".equals(path) || "/logout".equals(path)) && post && !sameSite(request)) {
            // A page of another site posting here (login CSRF, signing someone out): refused.
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if ("/login".equals(path) && post) {
            signIn(request, response);
        } else if ("/logout".equals(path) && post) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                if (session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn who) {
                    accounts.signedOut(who, request.getRemoteAddr());
                }
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login" + (tablet ? "?tablet" : ""));
        } else if ("/logout".equals(path)) {
            // Signing out is a POST from our own page; a link elsewhere must not sign anyone out.
            response.sendRedirect(request.getContextPath() + "/");
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * Whether a POST comes from our own pages: the browser's Origin (else its Referer) must be the
     * workshop's public address ({@code huoltopolku.public-url}), one of
     * {@code huoltopolku.security.allowed-origins} (an address staff open the app at inside the
     * workshop) or this machine (loopback: tests, the demo); never just the request's own Host, which
     * the sender chooses. Without either, the browser's Sec-Fetch-Site decides; a request with none
     * of them is not from a browser page (a script or a test) and is let through: the cookie it would
     * need is SameSite anyway.
     */
    boolean sameSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            if (referer == null) {
                String fetchSite = request.getHeader("Sec-Fetch-Site");
                return fetchSite == null || fetchSite.equals("same-origin") || fetchSite.equals("none");
            }
            origin = referer;
        }
        String site = Origins.of(origin);
        if (site != null && (origins.contains(site) || Origins.loopback(site))) {
            return true;
        }
        refusals.warn(origin);
        return false;
    }

    private static @Nullable String deviceCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SignInBrake.DEVICE_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean tablet = request.getParameter("pin") != null;
        String user = request.getParameter("username");
        String secret = request.getParameter("password");
        // The browser's device cookie, or a new one it keeps after this sign-in: a person's own device
        // is then recognised, and nobody elsewhere can slow them down on it (see SignInBrake).
        String device = deviceCookie(request);
        boolean fresh = SignInBrake.deviceHash(device) == null;
        if (fresh) {
            device = SignInBrake.newDevice();
        }
        SignedIn who;
        try {
            who = tablet ? accounts.signInWithPin(user, secret, request.getRemoteAddr(), device)
                    : accounts.signIn(user, secret, request.getRemoteAddr(), device);
        } catch (Problem failed) {
            String wait = failed.key().equals("signIn.wait") ? "=wait&seconds=" + failed.args().get(0)
                    : failed.key().equals("signIn.busy") ? "=busy" : "";
            response.sendRedirect(request.getContextPath() + "/login?error" + wait + (tablet ? "&tablet" : ""));
            return;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SignedIn.ATTRIBUTE, who);
        session.setMaxInactiveInterval((int) (tablet ? tabletIdle : idle).toSeconds());
        if (fresh) {
            String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
            response.addHeader("Set-Cookie", SignInBrake.DEVICE_COOKIE + "=" + device + "; Path=" + path + "; Max-Age="
                    + SignInBrake.DEVICE_MEMORY.toSeconds() + "; HttpOnly; SameSite=Strict"
                    + (request.isSecure() ? "; Secure" : ""));
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
