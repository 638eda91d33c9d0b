package fi.huoltopolku.survey.api;

import fi.huoltopolku.base.WorkshopClock;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Repeated submissions of the customer's pages from one address are limited (default 10 in 10
 * minutes): the survey's page and JSON API, and the extra-work approval page, together. Its memory is bounded: addresses without a submission in the window
 * are forgotten, and at most {@value #MAX_ADDRESSES} addresses are remembered; when that many are
 * sending at once, new addresses wait until some are forgotten.
 */
@Singleton
public class SubmissionLimiter {

    static final int MAX_ADDRESSES = 10_000;

    private final int limit;
    private final Duration window;
    private final WorkshopClock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SubmissionLimiter(@Value("${huoltopolku.survey.submissions-per-window:10}") int limit,
            @Value("${huoltopolku.survey.window-minutes:10}") int windowMinutes, WorkshopClock clock) {
        this.limit = limit;
        this.window = Duration.ofMinutes(windowMinutes);
        this.clock = clock;
    }

    /** Counts this submission; false when the address has sent too many lately. */
    public boolean allow(String address) {
        Instant now = clock.now();
        if (recent.size() >= MAX_ADDRESSES && !recent.containsKey(address)) {
            forgetOlderThan(now.minus(window));
            if (recent.size() >= MAX_ADDRESSES) {
                return false;
            }
        }
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** How many addresses are remembered (for tests). */
    int remembered() {
        return recent.size();
    }

    private void forgetOlderThan(Instant limit) {
        recent.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || entry.getValue().peekLast().isBefore(limit);
            }
        });
    }

    /** Forgets addresses that sent nothing within the window, every few minutes. */
    @io.micronaut.scheduling.annotation.Scheduled(fixedDelay = "5m")
    void forget() {
        forgetOlderThan(clock.now().minus(window));
    }
}
