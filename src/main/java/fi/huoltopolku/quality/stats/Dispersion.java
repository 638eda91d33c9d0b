package fi.huoltopolku.quality.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Do the units differ more than chance allows? Spiegelhalter's (2005, Stat Med 24:1185) dispersion
 * estimate from the units' z-scores: each z is winsorized at the 10 % and 90 % quantiles (so one odd
 * unit cannot pass for overdispersion on its own), φ̂ = (1/k) Σ z², and k·φ̂ read against χ² on k − 1
 * degrees of freedom. Quantiles by linear interpolation between order statistics (Hyndman–Fan type 7).
 */
final class Dispersion {

    private Dispersion() {
    }

    /** The z-scores with the ones below the 10 % quantile raised to it and the ones above the 90 % lowered to it. */
    static double[] winsorized(double[] z) {
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double low = quantile(sorted, 0.1);
        double high = quantile(sorted, 0.9);
        return Arrays.stream(z).map(v -> Math.min(high, Math.max(low, v))).toArray();
    }

    /** φ̂ = (1/k) Σ winsorized z²; 1 (no evidence either way) without any z. */
    static double phi(double[] z) {
        if (z.length == 0) {
            return 1;
        }
        return Arrays.stream(winsorized(z)).map(v -> v * v).sum() / z.length;
    }

    /** Whether k·φ̂ lies above the 95 % quantile of χ² on k − 1 degrees of freedom (false for fewer than two). */
    static boolean significant(double[] z) {
        if (z.length < 2) {
            return false;
        }
        double critical = new ChiSquaredDistribution(z.length - 1).inverseCumulativeProbability(0.95);
        return z.length * phi(z) > critical;
    }

    private static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int below = (int) Math.floor(h);
        if (below + 1 >= sorted.length) {
            return sorted[below];
        }
        return sorted[below] + (h - below) * (sorted[below + 1] - sorted[below]);
    }
}
