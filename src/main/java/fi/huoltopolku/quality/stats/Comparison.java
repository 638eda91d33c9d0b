package fi.huoltopolku.quality.stats;

import org.jspecify.annotations.Nullable;

/**
 * The comparison of one theme's objective compliance and subjective top-2-box share. Each side is
 * good or not by its own rate against the one "good" threshold ({@code huoltopolku.comparison.good}),
 * never by the mean of the two: 88 % checks and 78 % customers is "checks good, customers not".
 */
public record Comparison(Proportion objective, Proportion subjective, @Nullable Double gapPoints,
        boolean intervalsSeparate, Classification classification, boolean objectiveGood, boolean subjectiveGood) {

    /** Rates are fractions of counts: compare them to thresholds without floating-point noise. */
    private static final double EPSILON = 1e-9;

    /** How the two sides stand against the threshold, each by its own rate. */
    public enum Sides {
        BOTH_GOOD,
        /** The checks reach "good", the customers do not. */
        CHECKS_GOOD,
        /** The customers reach "good", the checks do not. */
        CUSTOMERS_GOOD,
        BOTH_WEAK
    }

    /** Gap = subjective − objective in percentage points; classified by the thresholds. */
    public static Comparison of(Proportion objective, Proportion subjective, Thresholds thresholds) {
        Double gap = objective.rate() == null || subjective.rate() == null ? null
                : 100 * (subjective.rate() - objective.rate());
        boolean separate = gap != null && (subjective.low() > objective.high() || subjective.high() < objective.low());
        boolean objectiveGood = good(objective, thresholds);
        boolean subjectiveGood = good(subjective, thresholds);
        return new Comparison(objective, subjective, gap, separate,
                classify(objective, subjective, gap, objectiveGood, subjectiveGood, thresholds), objectiveGood,
                subjectiveGood);
    }

    /** Both sides in one word; only meaningful when both have a rate. */
    public Sides sides() {
        return objectiveGood ? (subjectiveGood ? Sides.BOTH_GOOD : Sides.CHECKS_GOOD)
                : (subjectiveGood ? Sides.CUSTOMERS_GOOD : Sides.BOTH_WEAK);
    }

    private static boolean good(Proportion side, Thresholds t) {
        return side.rate() != null && side.rate() >= t.good() - EPSILON;
    }

    /**
     * A gap of at least the threshold towards the good side is a blind spot or a hidden strength;
     * otherwise the sides agree within the threshold: ALIGNED_GOOD when both reach "good",
     * ALIGNED_WEAK when at least one does not ({@link #sides()} says which).
     */
    private static Classification classify(Proportion objective, Proportion subjective, @Nullable Double gap,
            boolean objectiveGood, boolean subjectiveGood, Thresholds t) {
        if (gap == null || objective.n() < t.minAnswers() || subjective.n() < t.minAnswers()) {
            return Classification.TOO_FEW_ANSWERS;
        }
        if (gap <= -t.gapPoints() + EPSILON && objectiveGood) {
            return Classification.BLIND_SPOT;
        }
        if (gap >= t.gapPoints() - EPSILON && subjectiveGood) {
            return Classification.HIDDEN_STRENGTH;
        }
        return objectiveGood && subjectiveGood ? Classification.ALIGNED_GOOD : Classification.ALIGNED_WEAK;
    }
}
