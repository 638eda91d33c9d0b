package fi.huoltopolku.quality;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A day's (or some of its groups') DETAIL rows and disagreeing visits, as {@link RollupComputation}
 * computes them and {@link RollupWriter} stores them. Changes with the columns of
 * {@code rollup_figure} and {@code rollup_disagreement}.
 */
record DetailRows(List<Row> rows, List<Disagreement> disagreements) {

    /** The department of the rows that count for every department (ratings, totals). */
    static final String ALL = "*";

    /** One DETAIL row: a group's sums (a … e) of one measure, theme, source and person. */
    record Row(RollupGroup group, String department, String measure, @Nullable String theme,
            @Nullable String source, @Nullable Long personId, long a, long b, long c, long d, long e) {

        CoarseGrains.Contribution contribution() {
            return new CoarseGrains.Contribution(group.advisorId(), group.technicianId(), group.make(), department,
                    measure, theme, source, personId, new long[] {a, b, c, d, e});
        }
    }

    /** A visit whose checks of a theme (over a department's stages, or all: "*") and rating disagree. */
    record Disagreement(RollupGroup group, String department, String theme, long visitId, boolean passed,
            int rating) {
    }
}
