package fi.huoltopolku.quality;

import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.quality.DetailRows.Row;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What the marked groups of a report's period change in its sums, read in the report's snapshot:
 * their DETAIL rows as stored (taken out) and as the raw computation gives them now (put in). A
 * report adds this to the roll-ups' sums instead of waiting for the rebuild of those groups (which
 * would write, take the day's lock and, with people answering checks meanwhile, find new marks and
 * start again), so the first report after an edit costs the edited groups' computation alone.
 * Changes with the columns the report sums by ({@link RollupReads#sum}).
 */
record RollupDelta(List<Row> stored, List<Row> computed) {

    static final RollupDelta NONE = new RollupDelta(List.of(), List.of());

    /** The key the report sums the roll-ups by. */
    record Figure(String measure, @Nullable String theme, @Nullable String source, @Nullable Long personId) {
    }

    boolean isEmpty() {
        return stored.isEmpty() && computed.isEmpty();
    }

    /**
     * Moves the sums by the rows that count for the report: the computed ones added, the stored ones
     * taken out. A figure the rows moved to nothing is removed, as the rebuild removes a coarse row
     * left with nothing in it ({@link CoarseGrains#apply}), so the sums equal those read after it.
     */
    void applyTo(Map<Figure, long[]> sums, Predicate<Row> counts) {
        Map<Figure, long[]> moved = new HashMap<>();
        for (List<Row> rows : List.of(stored, computed)) {
            long sign = rows == stored ? -1 : 1;
            for (Row row : rows) {
                if (counts.test(row)) {
                    long[] by = moved.computeIfAbsent(new Figure(row.measure(), row.theme(), row.source(),
                            row.personId()), k -> new long[5]);
                    long[] values = {row.a(), row.b(), row.c(), row.d(), row.e()};
                    for (int i = 0; i < 5; i++) {
                        by[i] += sign * values[i];
                    }
                }
            }
        }
        moved.forEach((figure, by) -> {
            if (Arrays.stream(by).allMatch(v -> v == 0)) {
                return;
            }
            long[] sum = sums.computeIfAbsent(figure, k -> new long[5]);
            for (int i = 0; i < 5; i++) {
                sum[i] += by[i];
            }
            if (Arrays.stream(sum).allMatch(v -> v == 0)) {
                sums.remove(figure);
            }
        });
    }

    /**
     * Whether a DETAIL row counts in the report for this filter: the same conditions
     * {@link RollupReads#sum} puts on the roll-ups' rows (checks and links of the department, or of
     * all; the filter's people, make and type; with a department, ratings of the visits its people
     * served), given the department's key and the people it serves.
     */
    boolean counts(Row row, FigureFilter filter, String department, Set<Long> served) {
        boolean check = row.measure().equals("CHECK");
        if ((check || row.measure().equals("LINK")) && !row.department().equals(department)) {
            return false;
        }
        RollupGroup group = row.group();
        if (filter.advisorId() != null && !filter.advisorId().equals(group.advisorId())
                || filter.technicianId() != null && !filter.technicianId().equals(group.technicianId())
                || filter.visitType() != null && filter.visitType() != group.visitType()) {
            return false;
        }
        if (filter.make() != null && (group.make() == null
                || !group.make().toLowerCase(Locale.ROOT).equals(filter.make().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return filter.departmentCode() == null || check
                || group.advisorId() != null && served.contains(group.advisorId())
                || group.technicianId() != null && served.contains(group.technicianId());
    }
}
