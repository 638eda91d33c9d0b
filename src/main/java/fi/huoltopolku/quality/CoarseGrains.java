package fi.huoltopolku.quality;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A day's coarser roll-up grains (ALL, ADVISOR, TECHNICIAN, MAKE): sums of its DETAIL rows. After
 * some groups of the day were rebuilt, {@link #apply} writes only the coarse rows whose sums changed
 * (a changed answer moves a handful of them), instead of deleting and inserting the day's thousands;
 * {@link #rebuild} writes them all, for a day rebuilt whole. Runs in the caller's transaction, under
 * the day's lock.
 */
final class CoarseGrains {

    static final List<String> GRAINS = List.of("ALL", "ADVISOR", "TECHNICIAN", "MAKE");

    /** One coarse row's identity; its sums are a, b, c, d, e. */
    record Key(String grain, @Nullable Long advisorId, @Nullable Long technicianId, @Nullable String make,
            String department, String measure, @Nullable String theme, @Nullable String source,
            @Nullable Long personId) {
    }

    private CoarseGrains() {
    }

    /** Inserts the day's coarse rows from its DETAIL rows (the day's old rows already removed). */
    static void rebuild(JdbcOperations jdbc, Date date) {
        for (String grain : GRAINS) {
            jdbc.prepareStatement("""
                    INSERT INTO rollup_figure (booked_on, grain, advisor_id, technician_id, make, department, measure,
                        theme, source, person_id, a, b, c, d, e)
                    SELECT booked_on, '%s', %s, department, measure, theme, source, person_id,
                        SUM(a), SUM(b), SUM(c), SUM(d), SUM(e)
                    FROM rollup_figure WHERE grain = 'DETAIL' AND booked_on = ?
                    GROUP BY booked_on, %sdepartment, measure, theme, source, person_id"""
                    .formatted(grain, kept(grain), groupedBy(grain)), ps -> {
                        ps.setDate(1, date);
                        return ps.executeUpdate();
                    });
        }
    }

    /**
     * Moves the day's coarse rows by the difference some groups' DETAIL rows made (those rows as
     * they were, and as they are now): each coarse row a changed DETAIL row counts in gets the
     * difference added, a missing one is inserted, one left with nothing in it removed. Reads only
     * the changed groups' rows, not the day's thousands.
     */
    static void apply(JdbcOperations jdbc, Date date, List<Contribution> before, List<Contribution> after) {
        Map<Key, long[]> delta = new HashMap<>();
        for (List<Contribution> rows : List.of(before, after)) {
            long sign = rows == before ? -1 : 1;
            for (Contribution row : rows) {
                for (String grain : GRAINS) {
                    long[] moved = delta.computeIfAbsent(row.key(grain), k -> new long[5]);
                    for (int i = 0; i < 5; i++) {
                        moved[i] += sign * row.sums()[i];
                    }
                }
            }
        }
        List<Map.Entry<Key, long[]>> moved = delta.entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(v -> v != 0)).toList();
        if (moved.isEmpty()) {
            return;
        }
        int[] updated = jdbc.prepareStatement("UPDATE rollup_figure SET a = a + ?, b = b + ?, c = c + ?, d = d + ?, "
                + "e = e + ?" + WHERE, ps -> {
                    for (Map.Entry<Key, long[]> row : moved) {
                        setSums(ps, 1, row.getValue());
                        setKey(ps, 6, date, row.getKey());
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
        List<Map.Entry<Key, long[]>> missing = new ArrayList<>();
        for (int i = 0; i < moved.size(); i++) {
            if (updated[i] == 0) {
                missing.add(moved.get(i));
            }
        }
        if (!missing.isEmpty()) {
            jdbc.prepareStatement("""
                    INSERT INTO rollup_figure (grain, booked_on, advisor_id, technician_id, make, department, measure,
                        theme, source, person_id, a, b, c, d, e)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
                for (Map.Entry<Key, long[]> row : missing) {
                    setKey(ps, 1, date, row.getKey());
                    setSums(ps, 11, row.getValue());
                    ps.addBatch();
                }
                return ps.executeBatch();
            });
        }
        jdbc.prepareStatement("DELETE FROM rollup_figure" + WHERE + " AND a = 0 AND b = 0 AND c = 0 AND d = 0 AND e = 0",
                ps -> {
                    for (Map.Entry<Key, long[]> row : moved) {
                        setKey(ps, 1, date, row.getKey());
                        ps.addBatch();
                    }
                    return ps.executeBatch();
                });
    }

    /** A DETAIL row as the coarse grains see it: its group's people and make, what it counts, its sums. */
    record Contribution(@Nullable Long advisorId, @Nullable Long technicianId, @Nullable String make,
            String department, String measure, @Nullable String theme, @Nullable String source,
            @Nullable Long personId, long[] sums) {

        /** The coarse row of this grain the DETAIL row counts in. */
        Key key(String grain) {
            return new Key(grain, grain.equals("ADVISOR") ? advisorId : null,
                    grain.equals("TECHNICIAN") ? technicianId : null, grain.equals("MAKE") ? make : null, department,
                    measure, theme, source, personId);
        }

        /** The row the result set is on (columns advisor_id … person_id, then a … e). */
        static Contribution read(ResultSet row) throws SQLException {
            return new Contribution(row.getObject(1, Long.class), row.getObject(2, Long.class), row.getString(3),
                    row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                    row.getObject(8, Long.class), CoarseGrains.sums(row, 9));
        }
    }

    /** The columns {@link Contribution#read} reads, in its order. */
    static final String COLUMNS = "advisor_id, technician_id, make, department, measure, theme, source, person_id, "
            + "a, b, c, d, e";

    private static final String WHERE = """
             WHERE grain = ? AND booked_on = ? AND advisor_id IS NOT DISTINCT FROM ?
            AND technician_id IS NOT DISTINCT FROM ? AND make IS NOT DISTINCT FROM ? AND department = ?
            AND measure = ? AND theme IS NOT DISTINCT FROM ? AND source IS NOT DISTINCT FROM ?
            AND person_id IS NOT DISTINCT FROM ?""";

    private static long[] sums(ResultSet row, int first) throws SQLException {
        long[] sums = new long[5];
        for (int i = 0; i < 5; i++) {
            sums[i] = row.getLong(first + i);
        }
        return sums;
    }

    private static void setKey(PreparedStatement ps, int at, Date date, Key key) throws SQLException {
        ps.setString(at, key.grain());
        ps.setDate(at + 1, date);
        ps.setObject(at + 2, key.advisorId(), Types.BIGINT);
        ps.setObject(at + 3, key.technicianId(), Types.BIGINT);
        ps.setObject(at + 4, key.make(), Types.VARCHAR);
        ps.setString(at + 5, key.department());
        ps.setString(at + 6, key.measure());
        ps.setObject(at + 7, key.theme(), Types.VARCHAR);
        ps.setObject(at + 8, key.source(), Types.VARCHAR);
        ps.setObject(at + 9, key.personId(), Types.BIGINT);
    }

    private static void setSums(PreparedStatement ps, int at, long[] sums) throws SQLException {
        for (int i = 0; i < 5; i++) {
            ps.setLong(at + i, sums[i]);
        }
    }

    /** The columns a grain keeps (the others NULL), and what it groups by beyond the figure's key. */
    private static String kept(String grain) {
        return String.join(", ", Stream.of("advisor_id", "technician_id", "make")
                .map(column -> column.equals(column(grain)) ? column : "NULL").toList());
    }

    private static String groupedBy(String grain) {
        String column = column(grain);
        return column == null ? "" : column + ", ";
    }

    private static @Nullable String column(String grain) {
        return switch (grain) {
            case "ADVISOR" -> "advisor_id";
            case "TECHNICIAN" -> "technician_id";
            case "MAKE" -> "make";
            default -> null;
        };
    }
}
