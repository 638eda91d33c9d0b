package fi.huoltopolku.survey.api;

import static org.assertj.core.api.Assertions.assertThat;

import fi.huoltopolku.base.WorkshopClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SubmissionLimiterTest {

    private final WorkshopClock clock = new WorkshopClock("Europe/Helsinki", 60, "07:30", "17:00", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
            "2026-06-10T06:00:00Z");
    private final SubmissionLimiter limiter = new SubmissionLimiter(2, 10, clock);

    private void at(Instant instant) {
        clock.use(Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void an_address_is_limited_within_the_window_and_free_again_after_it() {
        Instant start = Instant.parse("2026-06-10T06:00:00Z");
        at(start);
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isFalse();
        assertThat(limiter.allow("10.0.0.2")).isTrue();
        at(start.plus(Duration.ofMinutes(11)));
        assertThat(limiter.allow("10.0.0.1")).isTrue();
    }

    @Test
    void its_memory_is_bounded_addresses_are_forgotten_after_the_window() {
        Instant start = Instant.parse("2026-06-10T06:00:00Z");
        at(start);
        for (int i = 0; i < SubmissionLimiter.MAX_ADDRESSES; i++) {
            assertThat(limiter.allow("a" + i)).isTrue();
        }
        // A flood of new addresses: no more memory, the next new one waits.
        assertThat(limiter.allow("one too many")).isFalse();
        assertThat(limiter.remembered()).isEqualTo(SubmissionLimiter.MAX_ADDRESSES);
        at(start.plus(Duration.ofMinutes(11)));
        limiter.forget();
        assertThat(limiter.remembered()).isZero();
        assertThat(limiter.allow("one too many")).isTrue();
    }
}
