package fi.huoltopolku.survey.api;

import fi.huoltopolku.base.WorkshopClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class SubmissionLimiterTest {

    private final WorkshopClock clock = new WorkshopClock("Europe/Helsinki", 60, "07:30", "17:00", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
            "2026-06-10T06:00:00Z");
    private final SubmissionLimiter limiter = new SubmissionLimiter(2, 3, 10, clock);

    private void at(Instant instant) {
        clock.use(Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void an_address_is_refused_after_links_that_do_not_work_and_free_again_after_the_window() {
        Instant start = Instant.parse("2026-06-10T06:00:00Z");
        at(start);
        assertThat(limiter.refused("10.0.0.1")).isFalse();
        limiter.failed("10.0.0.1");
        assertThat(limiter.refused("10.0.0.1")).isFalse();
        limiter.failed("10.0.0.1");
        assertThat(limiter.refused("10.0.0.1")).isTrue();
        assertThat(limiter.refused("10.0.0.2")).isFalse();
        at(start.plus(Duration.ofMinutes(11)));
        assertThat(limiter.refused("10.0.0.1")).isFalse();
    }

    @Test
    void an_integration_has_its_own_quota_whatever_addresses_do() {
        at(Instant.parse("2026-06-10T06:00:00Z"));
        limiter.failed("10.0.0.1");
        limiter.failed("10.0.0.1");
        assertThat(limiter.allowIntegration("importer")).isTrue();
        assertThat(limiter.allowIntegration("importer")).isTrue();
        assertThat(limiter.allowIntegration("importer")).isTrue();
        assertThat(limiter.allowIntegration("importer")).isFalse();
        assertThat(limiter.allowIntegration("another importer")).isTrue();
    }

    @Test
    void its_memory_is_bounded_addresses_are_forgotten_after_the_window() {
        Instant start = Instant.parse("2026-06-10T06:00:00Z");
        at(start);
        for (int i = 0; i < SubmissionLimiter.MAX_KEYS; i++) {
            assertThat(limiter.refused("a" + i)).isFalse();
            limiter.failed("a" + i);
        }
        // A flood of new addresses: no more memory, the next new one waits.
        assertThat(limiter.refused("one too many")).isTrue();
        assertThat(limiter.remembered()).isEqualTo(SubmissionLimiter.MAX_KEYS);
        at(start.plus(Duration.ofMinutes(11)));
        limiter.forget();
        assertThat(limiter.remembered()).isZero();
        assertThat(limiter.refused("one too many")).isFalse();
    }
}
