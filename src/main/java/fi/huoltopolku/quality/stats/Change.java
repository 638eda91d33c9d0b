package fi.huoltopolku.quality.stats;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;
import org.jspecify.annotations.Nullable;

/**
 * "Did it work?" for one side of a theme: the rate after an action's start minus the rate before,
 * in percentage points, with its 95% interval (Newcombe's hybrid score interval, built from the two
 * Wilson intervals that commons-math computes), and a plain verdict. While the interval still
 * holds zero, {@link #moreAnswers()} says how many more answers after the start would tell the
 * difference seen so far apart from chance, if both rates held: the smallest number from which on
 * every larger number shows it too. When that is beyond {@value #MORE_AT_MOST},
 * {@link #answersEachSide()} says how many answers on each side of the start (a longer window
 * before and after) would show it.
 */
public record Change(Proportion before, Proportion after, @Nullable Double points, @Nullable Double low,
        @Nullable Double high, Verdict verdict, @Nullable Integer moreAnswers, @Nullable Integer answersEachSide) {

    /** What a manager reads of the difference. */
    public enum Verdict {
        /** The interval lies above zero. */
        IMPROVED,
        /** The interval holds zero: it may be chance. */
        NO_MEASURABLE_CHANGE_YET,
        /** The interval lies below zero. */
        WORSE,
        /** Either window has fewer answers than a theme needs to be read. */
        TOO_FEW_ANSWERS
    }

    /** The furthest {@link #moreAnswers()} looks: beyond it, the difference is too small to show. */
    static final int MORE_AT_MOST = 5000;

    /** The furthest {@link #answersEachSide()} looks. */
    static final int EACH_SIDE_AT_MOST = 1_000_000;

    private static final double CONFIDENCE = 0.95;

    /** The normal quantile of a two-sided 95 % interval, as commons-math uses it. */
    private static final double Z = 1.959963984540054;

    /** Compares the window after the start with the window before, each needing {@code minAnswers}. */
    public static Change of(Proportion before, Proportion after, int minAnswers) {
        if (before.n() < Math.max(1, minAnswers) || after.n() < Math.max(1, minAnswers)) {
            int more = (int) Math.max(0, minAnswers - after.n());
            return new Change(before, after, null, null, null, Verdict.TOO_FEW_ANSWERS, more == 0 ? null : more, null);
        }
        double[] interval = newcombe(before, after);
        double points = 100 * (after.rate() - before.rate());
        Verdict verdict = interval[0] > 0 ? Verdict.IMPROVED : interval[1] < 0 ? Verdict.WORSE
                : Verdict.NO_MEASURABLE_CHANGE_YET;
        Integer more = verdict == Verdict.NO_MEASURABLE_CHANGE_YET ? moreNeeded(before, after) : null;
        Integer eachSide = verdict == Verdict.NO_MEASURABLE_CHANGE_YET && more == null ? eachSideNeeded(before, after)
                : null;
        return new Change(before, after, points, 100 * interval[0], 100 * interval[1], verdict, more, eachSide);
    }

    /**
     * Newcombe (1998), method 10: with d = p₂ − p₁ and the Wilson intervals [l₁, u₁], [l₂, u₂],
     * low = d − √((p₂ − l₂)² + (u₁ − p₁)²) and high = d + √((u₂ − p₂)² + (p₁ − l₁)²). As fractions.
     */
    static double[] newcombe(Proportion before, Proportion after) {
        double p1 = before.rate();
        double p2 = after.rate();
        ConfidenceInterval w1 = wilson(before);
        ConfidenceInterval w2 = wilson(after);
        double d = p2 - p1;
        double low = d - Math.sqrt(square(p2 - w2.getLowerBound()) + square(w1.getUpperBound() - p1));
        double high = d + Math.sqrt(square(w2.getUpperBound() - p2) + square(p1 - w1.getLowerBound()));
        return new double[] {low, high};
    }

    private static ConfidenceInterval wilson(Proportion p) {
        ConfidenceInterval interval = IntervalUtils.getWilsonScoreInterval((int) p.n(), (int) p.successes(), CONFIDENCE);
        // commons-math leaves a hair of rounding at the edges (0 of n, n of n): the interval ends there.
        double low = p.successes() == 0 ? 0 : Math.max(0, interval.getLowerBound());
        double high = p.successes() == p.n() ? 1 : Math.min(1, interval.getUpperBound());
        return new ConfidenceInterval(low, high, CONFIDENCE);
    }

    /**
     * The fewest further answers after the start from which on, at the two rates seen so far, zero
     * stays outside the interval for every larger number too; null when no difference was seen or
     * not within {@value #MORE_AT_MOST}. The rates are held exactly (a fractional count of
     * successes): rounding the count to whole answers makes the interval saw-tooth across zero, so
     * the first number that excludes it can be followed by ones that include it again.
     */
    private static @Nullable Integer moreNeeded(Proportion before, Proportion after) {
        double rate = after.rate();
        if (rate == before.rate()) {
            return null;
        }
        int lastInside = 0;
        for (int more = 1; more <= MORE_AT_MOST; more++) {
            long n = after.n() + more;
            if (!excludesZero(before.rate(), before.n(), rate, n)) {
                lastInside = more;
            }
        }
        return lastInside >= MORE_AT_MOST ? null : lastInside + 1;
    }

    /**
     * How many answers on each side of the start (both windows that long, both rates held) would put
     * zero outside the interval; null when no difference was seen or not within
     * {@value #EACH_SIDE_AT_MOST}. The interval narrows as both sides grow, so a search halving the
     * range finds the first such number, and every larger one shows it too.
     */
    private static @Nullable Integer eachSideNeeded(Proportion before, Proportion after) {
        if (before.rate().equals(after.rate())) {
            return null;
        }
        long low = Math.max(before.n(), after.n());
        long high = low;
        while (!excludesZero(before.rate(), high, after.rate(), high)) {
            if (high >= EACH_SIDE_AT_MOST) {
                return null;
            }
            low = high;
            high = Math.min(EACH_SIDE_AT_MOST, high * 2);
        }
        while (low + 1 < high) {
            long middle = (low + high) / 2;
            if (excludesZero(before.rate(), middle, after.rate(), middle)) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return (int) high;
    }

    /** Whether Newcombe's interval lies wholly on one side of zero for these rates and counts. */
    private static boolean excludesZero(double p1, long n1, double p2, long n2) {
        double[] w1 = wilson(p1, n1);
        double[] w2 = wilson(p2, n2);
        double d = p2 - p1;
        double low = d - Math.sqrt(square(p2 - w2[0]) + square(w1[1] - p1));
        double high = d + Math.sqrt(square(w2[1] - p2) + square(p1 - w1[0]));
        return low > 0 || high < 0;
    }

    /** Wilson's 95 % score interval of a rate over n answers, the same formula commons-math uses. */
    private static double[] wilson(double p, long n) {
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {p == 0 ? 0 : Math.max(0, centre - half), p == 1 ? 1 : Math.min(1, centre + half)};
    }

    private static double square(double x) {
        return x * x;
    }
}
