package fi.huoltopolku.quality.stats;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A p-chart: signal or noise? The centre line p̄ is the workshop's own rate over all the periods
 * (Σ successes / Σ n); each period's limits are p̄ ± 3 √(p̄(1 − p̄) / nᵢ), cut to [0, 1], so a month
 * with few answers has wide limits. A period outside its limits is a signal worth a look; inside,
 * the ups and downs are the process's ordinary noise. Periods without answers have no limits.
 *
 * <p>With large n the months often vary more than binomially and a plain p-chart cries wolf; then
 * it becomes Laney's p′ chart: zᵢ = (pᵢ − p̄)/σᵢ, σz = mean moving range of the z's / 1.128, limits
 * p̄ ± 3 σᵢ σz. The rule: Laney when σz > 1 and, over at least {@value #LANEY_MIN_PERIODS} periods
 * with answers, the winsorized dispersion test ({@link Dispersion}, 5 %) says the periods differ more
 * than chance — winsorizing keeps a single odd month (a real signal) from widening its own limits.
 */
public record ControlChart(@Nullable Double centre, List<Point> points, Kind kind, double sigmaZ) {

    /** Mean moving range of two to σ: d₂ for subgroups of 2. */
    static final double D2 = 1.128;
    /** Fewer periods than this, and a single odd one cannot be winsorized away: the plain p-chart stays. */
    public static final int LANEY_MIN_PERIODS = 10;

    /** Which limits the chart drew. */
    public enum Kind { P_CHART, LANEY_P_PRIME }

    /** One period: its rate and limits (null without answers), and whether it falls outside them. */
    public record Point(Proportion rate, @Nullable Double lower, @Nullable Double upper, boolean outside) {
    }

    public static ControlChart of(List<Proportion> periods) {
        long successes = periods.stream().mapToLong(Proportion::successes).sum();
        long n = periods.stream().mapToLong(Proportion::n).sum();
        if (n == 0) {
            return new ControlChart(null, periods.stream().map(p -> new Point(p, null, null, false)).toList(),
                    Kind.P_CHART, 1);
        }
        double centre = (double) successes / n;
        double binomial = centre * (1 - centre);
        double sigmaZ = 1;
        Kind kind = Kind.P_CHART;
        if (binomial > 0) {
            double[] z = periods.stream().filter(p -> p.n() > 0)
                    .mapToDouble(p -> ((double) p.successes() / p.n() - centre) / Math.sqrt(binomial / p.n())).toArray();
            if (z.length >= 2) {
                sigmaZ = meanMovingRange(z) / D2;
            }
            if (sigmaZ > 1 && z.length >= LANEY_MIN_PERIODS && Dispersion.significant(z)) {
                kind = Kind.LANEY_P_PRIME;
            }
        }
        double widening = kind == Kind.LANEY_P_PRIME ? sigmaZ : 1;
        List<Point> points = new ArrayList<>(periods.size());
        for (Proportion period : periods) {
            if (period.n() == 0) {
                points.add(new Point(period, null, null, false));
                continue;
            }
            double spread = 3 * Math.sqrt(binomial / period.n()) * widening;
            double lower = Math.max(0, centre - spread);
            double upper = Math.min(1, centre + spread);
            double rate = (double) period.successes() / period.n();
            points.add(new Point(period, lower, upper, rate < lower || rate > upper));
        }
        return new ControlChart(centre, points, kind, sigmaZ);
    }

    /** How many periods fall outside their limits. */
    public long signals() {
        return points.stream().filter(Point::outside).count();
    }

    private static double meanMovingRange(double[] z) {
        double sum = 0;
        for (int i = 1; i < z.length; i++) {
            sum += Math.abs(z[i] - z[i - 1]);
        }
        return sum / (z.length - 1);
    }
}
