package fi.huoltopolku.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * The years a date the workshop deals with can fall in: a booking, a promise, a report's period, a
 * practice session. Anything outside ({@code 0001-01-01}, {@code +999999999-12-31}) is a typo or an
 * attack; stored, it would show as "29.6.+169108100" and a filter with it would match everything.
 * The API refuses it with 400 naming the field, the screens' pickers do not offer it.
 */
public final class Dates {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    public static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    private Dates() {
    }

    public static boolean sane(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    /** Whether the moment falls within the years, on any time zone's calendar (a day's margin either way). */
    public static boolean sane(Instant when) {
        return !when.isBefore(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
                && when.isBefore(LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Refuses a moment outside the years with 400 naming the field. */
    public static void require(@Nullable Instant when, String field) {
        Validation check = new Validation();
        check.sane(when, field);
        check.done();
    }
}
