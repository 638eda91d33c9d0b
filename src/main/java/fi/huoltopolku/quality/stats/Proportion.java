package fi.huoltopolku.quality.stats;

import org.jspecify.annotations.Nullable;

/**
 * {@code successes} of {@code n}, with its 95% Wilson score interval (z = 1.959964). With n = 0
 * there is no rate and no interval: nothing to say, not zero.
 */
public record Proportion(long successes, long n) {

    static final double Z = 1.959963984540054;

    public Proportion {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes " + successes + " of " + n);
        }
    }

    public @Nullable Double rate() {
        return n == 0 ? null : (double) successes / n;
    }

    public @Nullable Double low() {
        if (n == 0) {
            return null;
        }
        return successes == 0 ? 0.0 : Math.max(0, center() - halfWidth());
    }

    public @Nullable Double high() {
        if (n == 0) {
            return null;
        }
        return successes == n ? 1.0 : Math.min(1, center() + halfWidth());
    }

    private double center() {
        double p = (double) successes / n;
        return (p + Z * Z / (2.0 * n)) / (1 + Z * Z / n);
    }

    private double halfWidth() {
        double p = (double) successes / n;
        return Z * Math.sqrt(p * (1 - p) / n + Z * Z / (4.0 * n * n)) / (1 + Z * Z / n);
    }
}
