package fi.huoltopolku.infra;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every request gets an id: in the log lines written while it is handled ({@code request} in the
 * logs' MDC, so in every line and in the JSON logs) and in the answer's {@code X-Request-Id}. An id
 * the caller sends (HAProxy's, deploy/haproxy.cfg, or an integrator's) is kept when it is short and
 * plain, so one request can be followed from the balancer's log to the node's. The API's answers,
 * written on Micronaut's threads, carry it too ({@link RequestIdsInApi}).
 */
final class RequestIds extends HttpFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,80}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String given = request.getHeader(HEADER);
        String id = given != null && PLAIN.matcher(given).matches() ? given : fresh();
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        request.setAttribute(MDC_KEY, id); // for the API's threads (RequestIdsInApi)
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    private static String fresh() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
