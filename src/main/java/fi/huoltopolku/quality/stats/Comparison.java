package fi.huoltopolku.quality.stats;

import org.jspecify.annotations.Nullable;

/** The comparison of one theme's objective compliance and subjective top-2-box share. */
public record Comparison(Proportion objective, Proportion subjective, @Nullable Double gapPoints,
        boolean intervalsSeparate, Classification classification) {

    /** Rates are fractions of counts: compare them to thresholds without floating-point noise. */
    private static final double EPSILON = 1e-9;

    /** Gap = subjective − objective in percentage points; classified by the thresholds. */
    public static Comparison of(Proportion objective, Proportion subjective, Thresholds thresholds) {
        Double gap = objective.rate() == null || subjective.rate() == null ? null
                : 100 * (subjective.rate() - objective.rate());
        boolean separate = gap != null && (subjective.low() > objective.high() || subjective.high() < objective.low());
        return new Comparison(objective, subjective, gap, separate, classify(objective, subjective, gap, thresholds));
    }

    private static Classification classify(Proportion objective, Proportion subjective, @Nullable Double gap,
            Thresholds t) {
        if (gap == null || objective.n() < t.minAnswers() || subjective.n() < t.minAnswers()) {
            return Classification.TOO_FEW_ANSWERS;
        }
        if (gap <= -t.gapPoints() + EPSILON && objective.rate() >= t.good() - EPSILON) {
            return Classification.BLIND_SPOT;
        }
        if (gap >= t.gapPoints() - EPSILON && subjective.rate() >= t.good() - EPSILON) {
            return Classification.HIDDEN_STRENGTH;
        }
        return (objective.rate() + subjective.rate()) / 2 >= t.good() - EPSILON ? Classification.ALIGNED_GOOD
                : Classification.ALIGNED_WEAK;
    }
}
