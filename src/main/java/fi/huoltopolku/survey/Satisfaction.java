package fi.huoltopolku.survey;

import org.jspecify.annotations.Nullable;

/**
 * Ratings on a 1–5 scale: n, how many were 4 or 5 (top-2-box), and their sum for the mean.
 * Share and mean are null without ratings: nothing to say, not zero.
 */
public record Satisfaction(long n, long topTwo, long sum) {

    public static final Satisfaction NONE = new Satisfaction(0, 0, 0);

    public static Satisfaction of(int rating) {
        return new Satisfaction(1, rating >= 4 ? 1 : 0, rating);
    }

    public @Nullable Double topTwoShare() {
        return n == 0 ? null : (double) topTwo / n;
    }

    public @Nullable Double mean() {
        return n == 0 ? null : (double) sum / n;
    }

    public Satisfaction plus(Satisfaction other) {
        return new Satisfaction(n + other.n, topTwo + other.topTwo, sum + other.sum);
    }
}
