package fi.huoltopolku.quality.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * A funnel plot: each unit's (a site's) rate against its n, instead of a league table. The centre is
 * the group's rate p̄ = Σx / Σn; the limits p̄ ± z·√(p̄(1 − p̄)/n) at 95 % (z = 1.96) and 99.8 %
 * (z = 3.09), cut to [0, 1]. When the units differ more than chance allows (Spiegelhalter 2005: the
 * winsorized φ̂ above 1, estimated from at least {@value #WIDEN_FROM_UNITS} units), the limits are widened by an additive random
 * effect, p̄ ± z·√(s² + τ²) with τ² = max(0, (kφ̂ − (k − 1)) / (Σw − Σw²/Σw)), w = 1/s². Units
 * without any n have no rate, no limits and no place in the estimates.
 */
public record Funnel(@Nullable Double centre, double phi, double tau2, boolean widened, List<Unit> units) {

    static final double Z95 = new NormalDistribution().inverseCumulativeProbability(0.975);
    static final double Z998 = new NormalDistribution().inverseCumulativeProbability(0.999);
    /**
     * Units needed before the funnel is widened for overdispersion. Winsorizing trims the 10 % at each
     * end, which trims nothing below ten units: with three sites, one site far off is read as the
     * sites' ordinary spread and widens the limits around itself (its own blind spot hidden). Below
     * this the limits stay binomial, as for a unit compared with a standard.
     */
    public static final int WIDEN_FROM_UNITS = 10;
    /** Units needed to estimate φ̂ at all (and to say that the units differ more than chance). */
    static final int MIN_TO_ESTIMATE = 3;

    /** Where a unit falls: inside the 95 % limits, between 95 % and 99.8 %, or beyond 99.8 %; or without data. */
    public enum Position {
        INSIDE, ABOVE_95, BELOW_95, ABOVE_998, BELOW_998, NO_DATA;

        public boolean outside() {
            return this != INSIDE && this != NO_DATA;
        }
    }

    /** A pair of limits, fractions 0–1. */
    public record Limits(double lower, double upper) {
    }

    /** One unit: its rate, its 95 % and 99.8 % limits (null without n) and its position. */
    public record Unit(Proportion rate, @Nullable Limits inner, @Nullable Limits outer, Position position) {
    }

    /** Units with data (n above 0). */
    public long counted() {
        return units.stream().filter(u -> u.rate().n() > 0).count();
    }

    public static Funnel of(List<Proportion> units) {
        return of(units, WIDEN_FROM_UNITS);
    }

    /** The funnel, widened for overdispersion only when at least {@code widenFrom} units have data (at least 2). */
    public static Funnel of(List<Proportion> units, int widenFrom) {
        long events = units.stream().mapToLong(Proportion::successes).sum();
        long n = units.stream().mapToLong(Proportion::n).sum();
        if (n == 0) {
            return new Funnel(null, 1, 0, false, units.stream().map(u -> new Unit(u, null, null, Position.NO_DATA)).toList());
        }
        double centre = (double) events / n;
        double binomial = centre * (1 - centre);
        List<Proportion> counted = units.stream().filter(u -> u.n() > 0).toList();
        double phi = 1;
        double tau2 = 0;
        // φ̂ is estimated from three units; the limits widen only from widenFrom units (see WIDEN_FROM_UNITS).
        if (binomial > 0 && counted.size() >= MIN_TO_ESTIMATE) {
            double[] z = counted.stream()
                    .mapToDouble(u -> ((double) u.successes() / u.n() - centre) / Math.sqrt(binomial / u.n())).toArray();
            phi = Dispersion.phi(z);
            if (phi > 1 && counted.size() >= Math.max(MIN_TO_ESTIMATE, widenFrom)) {
                tau2 = tau2(counted, binomial, phi);
            }
        }
        Funnel shape = new Funnel(centre, phi, tau2, tau2 > 0, List.of());
        List<Unit> placed = new ArrayList<>(units.size());
        for (Proportion unit : units) {
            placed.add(shape.place(unit));
        }
        return new Funnel(centre, phi, tau2, tau2 > 0, placed);
    }

    /** The limits at any n for drawing the funnel's curves (z = {@link #Z95} or {@link #Z998}); null without a centre or n. */
    public @Nullable Limits limits(long n, double z) {
        if (centre == null || n <= 0) {
            return null;
        }
        double spread = z * Math.sqrt(centre * (1 - centre) / n + tau2);
        return new Limits(Math.max(0, centre - spread), Math.min(1, centre + spread));
    }

    /** The units outside their 95 % limits (the 99.8 % ones among them). */
    public long outside() {
        return units.stream().filter(u -> u.position().outside()).count();
    }

    private Unit place(Proportion unit) {
        Limits inner = limits(unit.n(), Z95);
        Limits outer = limits(unit.n(), Z998);
        if (inner == null || outer == null) {
            return new Unit(unit, null, null, Position.NO_DATA);
        }
        double rate = (double) unit.successes() / unit.n();
        Position position = rate > outer.upper() ? Position.ABOVE_998 : rate < outer.lower() ? Position.BELOW_998
                : rate > inner.upper() ? Position.ABOVE_95 : rate < inner.lower() ? Position.BELOW_95 : Position.INSIDE;
        return new Unit(unit, inner, outer, position);
    }

    /** τ² = max(0, (kφ̂ − (k − 1)) / (Σw − Σw²/Σw)) with wᵢ = 1/sᵢ² = nᵢ / (p̄(1 − p̄)). */
    private static double tau2(List<Proportion> counted, double binomial, double phi) {
        double[] w = counted.stream().mapToDouble(u -> u.n() / binomial).toArray();
        double sum = Arrays.stream(w).sum();
        double squares = Arrays.stream(w).map(v -> v * v).sum();
        int k = counted.size();
        return Math.max(0, (k * phi - (k - 1)) / (sum - squares / sum));
    }
}
