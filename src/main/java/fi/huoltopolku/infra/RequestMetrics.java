package fi.huoltopolku.infra;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request by route ({@code huoltopolku_requests_seconds}, a Prometheus histogram): the
 * REST API, the screens' round trips (Vaadin's UIDL requests: every tap on a screen is one), their
 * heartbeats, page loads, the customer's survey pages and static files; tagged with the outcome
 * (2xx, 4xx, 5xx). The push connection is long-lived and not timed.
 */
final class RequestMetrics extends HttpFilter {

    /** The histogram's bucket bounds: fine below the 50 and 100 ms budgets, coarse above. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(75), Duration.ofMillis(100), Duration.ofMillis(150),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String route = route(request);
        if (route == null) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.isAsyncStarted()) {
                // Answered later on another thread (the API's controllers): timed until then.
                request.getAsyncContext().addListener(new AsyncListener() {
                    @Override
                    public void onComplete(AsyncEvent event) {
                        record(route, response, started);
                    }

                    @Override
                    public void onTimeout(AsyncEvent event) {
                    }

                    @Override
                    public void onError(AsyncEvent event) {
                    }

                    @Override
                    public void onStartAsync(AsyncEvent event) {
                    }
                });
            } else {
                record(route, response, started);
            }
        }
    }

    private void record(String route, HttpServletResponse response, long started) {
        String outcome = (response.getStatus() / 100) + "xx";
        timers.computeIfAbsent(route + ' ' + outcome, key -> Timer.builder("huoltopolku.requests")
                        .description("Requests by route, until the answer was written")
                        .tags("route", route, "outcome", outcome)
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry))
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    /** The route a request is counted under, or null for the push connection. */
    static String route(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.equals(SurveyPathFilter.PUBLIC) || path.startsWith(SurveyPathFilter.PUBLIC + "/")
                || path.startsWith(SurveyPathFilter.APPROVAL + "/")) {
            return "survey"; // the customer's pages
        }
        if (path.startsWith("/VAADIN/") || path.startsWith("/icons/") || path.startsWith("/images/")) {
            return "static";
        }
        // From the query string only: a form's body is not read here, before the size cap.
        String query = request.getQueryString();
        int at = query == null ? -1 : query.indexOf("v-r=");
        if (at < 0 || (at > 0 && query.charAt(at - 1) != '&')) {
            return "page";
        }
        int end = query.indexOf('&', at);
        return switch (query.substring(at + 4, end < 0 ? query.length() : end)) {
            case "uidl" -> "uidl";
            case "heartbeat" -> "heartbeat";
            case "push" -> null;
            case "init" -> "page";
            default -> "other";
        };
    }
}
