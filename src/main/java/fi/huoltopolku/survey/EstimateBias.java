package fi.huoltopolku.survey;

import org.jspecify.annotations.Nullable;

/** An advisor's estimates against the customers' overall answers: mean of (estimate − actual), n. */
public record EstimateBias(long n, long sumOfDifferences) {

    public static final EstimateBias NONE = new EstimateBias(0, 0);

    /** Positive: the advisor thinks customers are happier than they say. Null without pairs. */
    public @Nullable Double mean() {
        return n == 0 ? null : (double) sumOfDifferences / n;
    }

    public EstimateBias plus(EstimateBias other) {
        return new EstimateBias(n + other.n, sumOfDifferences + other.sumOfDifferences);
    }

    public EstimateBias plus(int estimate, int actual) {
        return new EstimateBias(n + 1, sumOfDifferences + estimate - actual);
    }
}
