package fi.huoltopolku.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The customer's survey lives at the short public address {@code /survey/...}, served by a plain
 * Micronaut controller under {@code /api/survey/...}: no Vaadin, no JavaScript.
 */
final class SurveyPathFilter extends HttpFilter {

    static final String PUBLIC = "/survey";
    static final String INTERNAL = "/api/survey";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(PUBLIC) || path.startsWith(PUBLIC + "/")) {
            String query = request.getQueryString();
            request.getRequestDispatcher(INTERNAL + path.substring(PUBLIC.length()) + (query == null ? "" : "?" + query))
                    .forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
