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

/** Repeated survey submissions from one address are limited (default 10 in 10 minutes). */
@Singleton
class SubmissionLimiter {

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
    boolean allow(String address) {
        Instant now = clock.now();
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
}
