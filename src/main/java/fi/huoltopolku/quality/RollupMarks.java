package fi.huoltopolku.quality;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.visit.VisitType;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The marks as a rebuild sees them ({@code rollup_mark}, written by {@link RollupMarker}) and each
 * day's write count and lock ({@code rollup_day}): which days are marked, what a day's marks name,
 * removing exactly the marks read, and marking days whole. Each runs in the caller's transaction;
 * {@link ComparisonRollups} decides which and in what order. Changes with the layout of those two
 * tables.
 */
@Singleton
class RollupMarks {

    /** Past this many changed groups a day is rebuilt whole. */
    private static final int MOST_GROUPS = 30;

    private final JdbcOperations jdbc;
    private final WorkshopClock clock;

    RollupMarks(JdbcOperations jdbc, WorkshopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A day's marks as a rebuild read them: what to rebuild, and which marks to remove after. */
    record Marks(long written, List<Long> generations, boolean wholeDay, Set<RollupGroup> groups) {
    }

    /** The marked days in the range, all when null. */
    List<LocalDate> markedDays(@Nullable LocalDate from, @Nullable LocalDate to) {
        return jdbc.prepareStatement(
                "SELECT DISTINCT booked_on FROM rollup_mark WHERE booked_on >= ? AND booked_on < ? ORDER BY booked_on",
                ps -> {
                    ps.setDate(1, Date.valueOf(from == null ? LocalDate.of(1, 1, 1) : from));
                    ps.setDate(2, Date.valueOf(to == null ? LocalDate.of(9999, 1, 1) : to));
                    List<LocalDate> days = new ArrayList<>();
                    try (ResultSet rows = ps.executeQuery()) {
                        while (rows.next()) {
                            days.add(rows.getDate(1).toLocalDate());
                        }
                    }
                    return days;
                });
    }

    /** How many marks the days in the range have (0: none of them changed). */
    long marksBetween(LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("SELECT COUNT(*) FROM rollup_mark WHERE booked_on >= ? AND booked_on < ?", ps -> {
            ps.setDate(1, Date.valueOf(from));
            ps.setDate(2, Date.valueOf(to));
            try (ResultSet rows = ps.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** The day's marks and its write count, or null when the day has no marks. */
    @Nullable Marks of(Date date) {
        long written = jdbc.prepareStatement("SELECT written FROM rollup_day WHERE booked_on = ?", ps -> {
            ps.setDate(1, date);
            try (ResultSet result = ps.executeQuery()) {
                return result.next() ? result.getLong(1) : 0L;
            }
        });
        return jdbc.prepareStatement("""
                SELECT generation, whole_day, advisor_id, technician_id, make, visit_type
                FROM rollup_mark WHERE booked_on = ?""", ps -> {
            ps.setDate(1, date);
            List<Long> generations = new ArrayList<>();
            boolean whole = false;
            Set<RollupGroup> groups = new HashSet<>();
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    generations.add(rows.getLong(1));
                    if (rows.getBoolean(2)) {
                        whole = true;
                    } else {
                        groups.add(new RollupGroup(rows.getObject(3, Long.class), rows.getObject(4, Long.class),
                                rows.getString(5), VisitType.valueOf(rows.getString(6))));
                    }
                }
            }
            return generations.isEmpty() ? null
                    : new Marks(written, generations, whole || groups.size() > MOST_GROUPS, groups);
        });
    }

    /** Whether the day has its {@code rollup_day} row. */
    boolean dayExists(Date date) {
        return jdbc.prepareStatement("SELECT 1 FROM rollup_day WHERE booked_on = ?", ps -> {
            ps.setDate(1, date);
            try (ResultSet rows = ps.executeQuery()) {
                return rows.next();
            }
        });
    }

    /** Creates the day's {@code rollup_day} row unless it is there. */
    void createDay(Date date) {
        jdbc.prepareStatement("""
                INSERT INTO rollup_day (booked_on, written)
                SELECT CAST(? AS DATE), 0 WHERE NOT EXISTS (SELECT 1 FROM rollup_day WHERE booked_on = ?)""",
                ps -> {
                    ps.setDate(1, date);
                    ps.setDate(2, date);
                    return ps.executeUpdate();
                });
    }

    /** Locks the day's {@code rollup_day} row until the transaction ends; its write count, null without the row. */
    @Nullable Long lockDay(Date date) {
        return jdbc.prepareStatement("SELECT written FROM rollup_day WHERE booked_on = ? FOR UPDATE", ps -> {
            ps.setDate(1, date);
            try (ResultSet result = ps.executeQuery()) {
                return result.next() ? result.getLong(1) : null;
            }
        });
    }

    /** Counts a write of the day (a rebuild that read an older count will not write). */
    void countWrite(Date date) {
        jdbc.prepareStatement("UPDATE rollup_day SET written = written + 1 WHERE booked_on = ?", ps -> {
            ps.setDate(1, date);
            return ps.executeUpdate();
        });
    }

    /** Removes exactly these marks (those a rebuild read; later ones stay). */
    void remove(List<Long> generations) {
        jdbc.prepareStatement("DELETE FROM rollup_mark WHERE generation = ?", ps -> {
            for (long generation : generations) {
                ps.setLong(1, generation);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    /** Marks the day as changed, whole. */
    void markDay(LocalDate day) {
        RollupMarker.markDay(jdbc, day);
    }

    /** Marks every day from the first booked visit's to the last's as changed, whole. */
    void markEveryDay() {
        Instant[] range = jdbc.prepareStatement("SELECT MIN(booked_at), MAX(booked_at) FROM visit", ps -> {
            try (ResultSet rows = ps.executeQuery()) {
                rows.next();
                return rows.getTimestamp(1) == null ? null
                        : new Instant[] {rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant()};
            }
        });
        if (range == null) {
            return;
        }
        LocalDate end = range[1].atZone(clock.zone()).toLocalDate();
        for (LocalDate day = range[0].atZone(clock.zone()).toLocalDate(); !day.isAfter(end); day = day.plusDays(1)) {
            RollupMarker.markDay(jdbc, day);
        }
    }
}
