package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;

/**
 * Signs in and out over plain HTTP, outside Vaadin, so the session id can be changed at sign-in
 * (a WebSocket cannot): the login form posts here ({@code /login}, {@code /login?pin} for badge and
 * PIN); {@code /logout} invalidates the session. Everything else passes through.
 */
public class SignInFilter extends HttpFilter {

    private final AccountService accounts;
    private final Duration idle;
    private final Duration tabletIdle;

    public SignInFilter(AccountService accounts, Duration idle, Duration tabletIdle) {
        this.accounts = accounts;
        this.idle = idle;
        this.tabletIdle = tabletIdle;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("/login".equals(path) && "POST".equals(request.getMethod())) {
            signIn(request, response);
        } else if ("/logout".equals(path)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                if (session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn who) {
                    accounts.signedOut(who, request.getRemoteAddr());
                }
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login" + (request.getParameter("tablet") != null ? "?tablet" : ""));
        } else {
            chain.doFilter(request, response);
        }
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean tablet = request.getParameter("pin") != null;
        String user = request.getParameter("username");
        String secret = request.getParameter("password");
        SignedIn who;
        try {
            who = tablet ? accounts.signInWithPin(user, secret, request.getRemoteAddr())
                    : accounts.signIn(user, secret, request.getRemoteAddr());
        } catch (Problem failed) {
            response.sendRedirect(request.getContextPath() + "/login?error" + (tablet ? "&tablet" : ""));
            return;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SignedIn.ATTRIBUTE, who);
        session.setMaxInactiveInterval((int) (tablet ? tabletIdle : idle).toSeconds());
        response.sendRedirect(request.getContextPath() + "/");
    }
}
