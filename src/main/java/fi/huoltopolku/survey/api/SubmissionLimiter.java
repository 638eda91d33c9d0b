package fi.huoltopolku.survey.api;

import fi.huoltopolku.base.WorkshopClock;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits what guessing the customer's links needs, not customers answering their own: an address
 * that sent links that do not work (unknown, expired or already used) too often (default 10 in 10
 * minutes) is refused until the window passes, whatever it sends; an answer to a working link costs
 * nothing (the link answers once). An integration with an API token has its own generous quota
 * (default 600 in the window), whatever its address. Shared by the survey's page and JSON API and
 * the extra-work approval page. Kept per node, in memory, bounded: keys without anything in the
 * window are forgotten, and at most {@value #MAX_KEYS} are remembered; when that many are sending
 * at once, new addresses are refused until some are forgotten.
 */
@Singleton
public class SubmissionLimiter {

    static final int MAX_KEYS = 10_000;

    private final int limit;
    private final int integrationLimit;
    private final Duration window;
    private final WorkshopClock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> integrations = new ConcurrentHashMap<>();

    SubmissionLimiter(@Value("${huoltopolku.survey.submissions-per-window:10}") int limit,
            @Value("${huoltopolku.survey.integration-submissions-per-window:600}") int integrationLimit,
            @Value("${huoltopolku.survey.window-minutes:10}") int windowMinutes, WorkshopClock clock) {
        this.limit = limit;
        this.integrationLimit = integrationLimit;
        this.window = Duration.ofMinutes(windowMinutes);
        this.clock = clock;
    }

    /** The address a request's limit is kept for. */
    public static String address(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress().getHostAddress();
    }

    /** Whether an anonymous submission from this address is refused: too many links that did not work. */
    public boolean refused(String address) {
        Instant now = clock.now();
        if (failures.size() >= MAX_KEYS && !failures.containsKey(address)) {
            forgetOlderThan(failures, now.minus(window));
            if (failures.size() >= MAX_KEYS) {
                return true;
            }
        }
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            drop(times, now);
            return times.size() >= limit;
        }
    }

    /** Counts a submission from this address to a link that does not work. */
    public void failed(String address) {
        Instant now = clock.now();
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            drop(times, now);
            times.addLast(now);
        }
    }

    /** Counts an integration's submission; false when its API token has used its quota of the window. */
    public boolean allowIntegration(String token) {
        Instant now = clock.now();
        Deque<Instant> times = integrations.computeIfAbsent(token, t -> new ArrayDeque<>());
        synchronized (times) {
            drop(times, now);
            if (times.size() >= integrationLimit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    private void drop(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
            times.pollFirst();
        }
    }

    /** How many addresses are remembered (for tests). */
    int remembered() {
        return failures.size();
    }

    private static void forgetOlderThan(Map<String, Deque<Instant>> recent, Instant limit) {
        recent.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(limit);
            }
        });
    }

    /** Forgets addresses and tokens that sent nothing within the window, every few minutes. */
    @Scheduled(fixedDelay = "5m")
    void forget() {
        Instant limit = clock.now().minus(window);
        forgetOlderThan(failures, limit);
        forgetOlderThan(integrations, limit);
    }
}
