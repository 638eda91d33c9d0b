package fi.huoltopolku.quality.stats;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A p-chart: signal or noise? The centre line p̄ is the workshop's own rate over all the periods
 * (Σ successes / Σ n); each period's limits are p̄ ± 3 √(p̄(1 − p̄) / nᵢ), cut to [0, 1], so a month
 * with few answers has wide limits. A period outside its limits is a signal worth a look; inside,
 * the ups and downs are the process's ordinary noise. Periods without answers have no limits.
 */
public record ControlChart(@Nullable Double centre, List<Point> points) {

    /** One period: its rate and limits (null without answers), and whether it falls outside them. */
    public record Point(Proportion rate, @Nullable Double lower, @Nullable Double upper, boolean outside) {
    }

    public static ControlChart of(List<Proportion> periods) {
        long successes = periods.stream().mapToLong(Proportion::successes).sum();
        long n = periods.stream().mapToLong(Proportion::n).sum();
        if (n == 0) {
            return new ControlChart(null, periods.stream().map(p -> new Point(p, null, null, false)).toList());
        }
        double centre = (double) successes / n;
        List<Point> points = new ArrayList<>(periods.size());
        for (Proportion period : periods) {
            if (period.n() == 0) {
                points.add(new Point(period, null, null, false));
                continue;
            }
            double spread = 3 * Math.sqrt(centre * (1 - centre) / period.n());
            double lower = Math.max(0, centre - spread);
            double upper = Math.min(1, centre + spread);
            double rate = period.rate();
            points.add(new Point(period, lower, upper, rate < lower || rate > upper));
        }
        return new ControlChart(centre, points);
    }

    /** How many periods fall outside their limits. */
    public long signals() {
        return points.stream().filter(Point::outside).count();
    }
}
