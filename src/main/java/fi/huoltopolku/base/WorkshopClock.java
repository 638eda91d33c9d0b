package fi.huoltopolku.base;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The workshop's clock, time zone and opening hours: times are stored in UTC and shown in this
 * zone. Every piece of code asks this clock, never the machine's: tests (and the demo data) run it
 * at fixed instants, and {@code huoltopolku.clock.start} starts it at a given instant (the tests'
 * configuration does, so no test depends on the hour it runs at).
 */
@Singleton
public class WorkshopClock {

    private final ZoneId zone;
    private final Duration promiseRisk;
    private final LocalTime opens;
    private final Set<DayOfWeek> openDays;
    private final LocalTime closes;
    private final Clock base;
    private volatile Clock clock;

    public WorkshopClock(@Value("${huoltopolku.zone:Europe/Helsinki}") String zone,
            @Value("${huoltopolku.promise-risk-minutes:60}") int promiseRiskMinutes,
            @Value("${huoltopolku.opening-hours.opens:`07:30`}") String opens,
            @Value("${huoltopolku.opening-hours.closes:`17:00`}") String closes,
            @Value("${huoltopolku.opening-hours.days:MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY}") String openDays,
            @Value("${huoltopolku.clock.start:}") String start) {
        this.zone = ZoneId.of(zone);
        this.promiseRisk = Duration.ofMinutes(promiseRiskMinutes);
        this.openDays = Arrays.stream(openDays.split(",")).map(String::trim).filter(d -> !d.isEmpty())
                .map(DayOfWeek::valueOf).collect(Collectors.toUnmodifiableSet());
        this.opens = LocalTime.parse(opens);
        this.closes = LocalTime.parse(closes);
        if (!this.closes.isAfter(this.opens)) {
            throw new IllegalArgumentException("huoltopolku.opening-hours: closes (" + closes
                    + ") must be after opens (" + opens + ")");
        }
        this.base = start.isBlank() ? Clock.systemUTC()
                : startingAt(Instant.parse(start));
        this.clock = base;
    }

    /** A clock that ticks like the machine's but started at {@code start}. */
    public static Clock startingAt(Instant start) {
        Clock machine = Clock.systemUTC();
        return Clock.offset(machine, Duration.between(machine.instant(), start));
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

    /** Whether the workshop is open on {@code day} ({@code huoltopolku.opening-hours.days}, Monday to Friday by default). */
    public boolean isOpen(LocalDate day) {
        return openDays.contains(day.getDayOfWeek());
    }

    /** When the workshop opens on {@code day}, in its zone. */
    public Instant opening(LocalDate day) {
        return ZonedDateTime.of(day, opens, zone).toInstant();
    }

    /** When the workshop closes on {@code day}, in its zone. */
    public Instant closing(LocalDate day) {
        return ZonedDateTime.of(day, closes, zone).toInstant();
    }

    /**
     * The day whose arrivals the counter and the board show: today until closing time, then
     * tomorrow (in the evening an advisor prepares the next morning).
     */
    public LocalDate arrivalsDay() {
        return arrivalsDay(now());
    }

    /** The same as of {@code at}. */
    public LocalDate arrivalsDay(Instant at) {
        LocalDate day = at.atZone(zone).toLocalDate();
        return at.isBefore(closing(day)) ? day : day.plusDays(1);
    }

    /** For tests and demo data only: a fixed or moved clock. */
    public void use(Clock clock) {
        this.clock = clock;
    }

    /** Back to the configured clock (the machine's, or the one started at {@code huoltopolku.clock.start}). */
    public void reset() {
        this.clock = base;
    }
}
