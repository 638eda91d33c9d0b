package fi.huoltopolku.quality.stats;

/**
 * When a rate counts as good (e.g. 0.80), how large a gap in percentage points counts (e.g. 15),
 * and how many answers each side needs before a theme is classified at all (e.g. 10).
 */
public record Thresholds(double good, double gapPoints, int minAnswers) {

    public static final Thresholds DEFAULTS = new Thresholds(0.80, 15, 10);
}
