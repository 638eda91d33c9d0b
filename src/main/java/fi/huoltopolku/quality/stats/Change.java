package fi.huoltopolku.quality.stats;

import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;
import org.jspecify.annotations.Nullable;

/**
 * "Did it work?" for one side of a theme: the rate after an action's start minus the rate before,
 * in percentage points, with its 95% interval (Newcombe's hybrid score interval, built from the two
 * Wilson intervals that commons-math computes), and a plain verdict. While the interval still
 * holds zero, {@link #moreAnswers()} says about how many more answers after the start would tell
 * the difference seen so far apart from chance, if it held.
 */
public record Change(Proportion before, Proportion after, @Nullable Double points, @Nullable Double low,
        @Nullable Double high, Verdict verdict, @Nullable Integer moreAnswers) {

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

    private static final double CONFIDENCE = 0.95;

    /** Compares the window after the start with the window before, each needing {@code minAnswers}. */
    public static Change of(Proportion before, Proportion after, int minAnswers) {
        if (before.n() < Math.max(1, minAnswers) || after.n() < Math.max(1, minAnswers)) {
            int more = (int) Math.max(0, minAnswers - after.n());
            return new Change(before, after, null, null, null, Verdict.TOO_FEW_ANSWERS, more == 0 ? null : more);
        }
        double[] interval = newcombe(before, after);
        double points = 100 * (after.rate() - before.rate());
        Verdict verdict = interval[0] > 0 ? Verdict.IMPROVED : interval[1] < 0 ? Verdict.WORSE
                : Verdict.NO_MEASURABLE_CHANGE_YET;
        Integer more = verdict == Verdict.NO_MEASURABLE_CHANGE_YET ? moreNeeded(before, after) : null;
        return new Change(before, after, points, 100 * interval[0], 100 * interval[1], verdict, more);
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
     * The fewest further answers after the start (at the rate seen so far) that would put zero
     * outside the interval; null when no difference was seen or none within {@value #MORE_AT_MOST}.
     */
    private static @Nullable Integer moreNeeded(Proportion before, Proportion after) {
        double rate = after.rate();
        if (rate == before.rate()) {
            return null;
        }
        for (int more = 1; more <= MORE_AT_MOST; more++) {
            long n = after.n() + more;
            Proportion then = new Proportion(Math.round(rate * n), n);
            double[] interval = newcombe(before, then);
            if (interval[0] > 0 || interval[1] < 0) {
                return more;
            }
        }
        return null;
    }

    private static double square(double x) {
        return x * x;
    }
}
