package fi.huoltopolku.demo;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.site.Site;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A demo site's opening hours and days: the site's own, or (for a setting it leaves empty, as the
 * first site does) the workshop clock's configured ones. The demo lays out each site's visits in
 * them. Changes when a site's hours should be read from elsewhere.
 */
final class DemoHours {

    private final WorkshopClock clock;
    private final @Nullable LocalTime opens;
    private final @Nullable LocalTime closes;
    private final @Nullable Set<DayOfWeek> days;

    private DemoHours(WorkshopClock clock, @Nullable LocalTime opens, @Nullable LocalTime closes,
            @Nullable Set<DayOfWeek> days) {
        this.clock = clock;
        this.opens = opens;
        this.closes = closes;
        this.days = days;
    }

    /** The installation's configured hours (the first site's). */
    static DemoHours of(WorkshopClock clock) {
        return new DemoHours(clock, null, null, null);
    }

    /** A site's own hours where it has them. */
    static DemoHours of(WorkshopClock clock, Site site) {
        Set<DayOfWeek> days = site.openDays() == null ? null : Arrays.stream(site.openDays().split(","))
                .map(String::trim).filter(d -> !d.isEmpty()).map(DayOfWeek::valueOf)
                .collect(Collectors.toUnmodifiableSet());
        return new DemoHours(clock, site.opens() == null ? null : LocalTime.parse(site.opens()),
                site.closes() == null ? null : LocalTime.parse(site.closes()), days);
    }

    boolean isOpen(LocalDate day) {
        return days == null ? clock.isOpen(day) : days.contains(day.getDayOfWeek());
    }

    Instant opening(LocalDate day) {
        return opens == null ? clock.opening(day) : ZonedDateTime.of(day, opens, clock.zone()).toInstant();
    }

    Instant closing(LocalDate day) {
        return closes == null ? clock.closing(day) : ZonedDateTime.of(day, closes, clock.zone()).toInstant();
    }

    /** The day whose arrivals the site's counter shows at {@code at}: today until closing, then tomorrow. */
    LocalDate arrivalsDay(Instant at) {
        LocalDate day = at.atZone(clock.zone()).toLocalDate();
        return at.isBefore(closing(day)) ? day : day.plusDays(1);
    }
}
