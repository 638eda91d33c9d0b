package fi.huoltopolku.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The customer's pages live at short public addresses, served by plain Micronaut controllers under
 * {@code /api/...}: no Vaadin, no JavaScript. The survey at {@code /survey/...}
 * ({@code /api/survey/...}), the extra-work approval at {@code /approve/...} ({@code /api/approval/...}).
 */
final class SurveyPathFilter extends HttpFilter {

    static final String PUBLIC = "/survey";
    static final String INTERNAL = "/api/survey";
    static final String APPROVAL = "/approve";
    static final String APPROVAL_INTERNAL = "/api/approval";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String[] pair : new String[][] {{PUBLIC, INTERNAL}, {APPROVAL, APPROVAL_INTERNAL}}) {
            if (path.equals(pair[0]) || path.startsWith(pair[0] + "/")) {
                String query = request.getQueryString();
                request.getRequestDispatcher(pair[1] + path.substring(pair[0].length())
                        + (query == null ? "" : "?" + query)).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
