package fi.huoltopolku.base;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The workshop's clock and time zone: times are stored in UTC and shown in this zone. */
@Singleton
public class WorkshopClock {

    private final ZoneId zone;
    private final Duration promiseRisk;
    private Clock clock;

    public WorkshopClock(@Value("${huoltopolku.zone:Europe/Helsinki}") String zone,
            @Value("${huoltopolku.promise-risk-minutes:60}") int promiseRiskMinutes) {
        this.zone = ZoneId.of(zone);
        this.promiseRisk = Duration.ofMinutes(promiseRiskMinutes);
        this.clock = Clock.systemUTC();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    /** How long before a promised time the promise counts as at risk. */
    public Duration promiseRisk() {
        return promiseRisk;
    }

    /** For tests and demo data only: a fixed or moved clock. */
    public void use(Clock clock) {
        this.clock = clock;
    }
}
