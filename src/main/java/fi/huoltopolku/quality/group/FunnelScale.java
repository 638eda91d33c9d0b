package fi.huoltopolku.quality.group;

import fi.huoltopolku.quality.stats.Funnel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a funnel plot puts things in a box of {@code width} × {@code height} (y downwards, as on a
 * screen): n from 0 to a little past the largest site's on x, the rate on y from a floor that shows
 * every site and the limits at the smallest site's n up to 100 %. The screen's SVG and the PDF draw
 * from the same scale.
 */
public record FunnelScale(double width, double height, long maxN, double low, double high) {

    /** The z of the 95 % and 99.8 % limits (two-sided). */
    public static final double Z95 = 1.959963984540054;
    public static final double Z998 = 3.090232306167813;

    public static FunnelScale of(Funnel funnel, double width, double height) {
        long maxN = 10;
        long minN = Long.MAX_VALUE;
        double low = funnel.centre() == null ? 0 : funnel.centre();
        for (Funnel.Unit unit : funnel.units()) {
            if (unit.rate().n() > 0) {
                maxN = Math.max(maxN, unit.rate().n());
                minN = Math.min(minN, unit.rate().n());
                low = Math.min(low, unit.rate().rate());
                if (unit.outer() != null) {
                    low = Math.min(low, unit.outer().lower());
                }
            }
        }
        double floor = Math.max(0, Math.floor((low - 0.05) * 10) / 10);
        return new FunnelScale(width, height, Math.round(maxN * 1.15), floor, 1.0);
    }

    public double x(double n) {
        return width * n / maxN;
    }

    public double y(double rate) {
        return height * (high - Math.max(low, Math.min(high, rate))) / (high - low);
    }

    /** The points of one limit curve (upper or lower) at z, from a small n to the axis' end; empty without a centre. */
    public List<double[]> curve(Funnel funnel, double z, boolean upper) {
        List<double[]> points = new ArrayList<>();
        if (funnel.centre() == null) {
            return points;
        }
        int steps = 80;
        double start = Math.max(1, maxN / 200.0);
        for (int i = 0; i <= steps; i++) {
            double n = start * Math.pow((double) maxN / start, (double) i / steps);
            // The limit at a real-valued n, so the curve is smooth (the funnel's own limits are at whole n).
            double spread = z * Math.sqrt(funnel.centre() * (1 - funnel.centre()) / n + funnel.tau2());
            double limit = upper ? Math.min(1, funnel.centre() + spread) : Math.max(0, funnel.centre() - spread);
            points.add(new double[] {x(n), y(limit)});
        }
        return points;
    }

    /**
     * Where each label goes on y so that labels at nearly the same height do not overlap: in the
     * order of their dots from the top, each at least {@code gap} below the one above it.
     */
    public static double[] spread(double[] dotY, double gap) {
        Integer[] order = new Integer[dotY.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(dotY[a], dotY[b]));
        double[] placed = new double[dotY.length];
        double last = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            placed[i] = Math.max(dotY[i], last + gap);
            last = placed[i];
        }
        return placed;
    }

    /** Grid lines of the rate axis every 10 (or 20) points from the floor. */
    public List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        double step = high - low > 0.5 ? 0.2 : 0.1;
        for (double t = low; t <= high + 1e-9; t += step) {
            ticks.add(Math.round(t * 100) / 100.0);
        }
        return ticks;
    }

    /** A round n for the x axis' ticks. */
    public List<Long> nTicks() {
        long step = niceStep(maxN / 4.0);
        List<Long> ticks = new ArrayList<>();
        for (long t = 0; t <= maxN; t += step) {
            ticks.add(t);
        }
        return ticks;
    }

    private static long niceStep(double raw) {
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(Math.max(1, raw))));
        for (long m : new long[] {1, 2, 5, 10}) {
            if (raw <= m * magnitude) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** The colour of a site's dot: inside, outside 95 %, beyond 99.8 %. */
    public static String colour(Funnel.@Nullable Position position) {
        if (position == null) {
            return "#777777";
        }
        return switch (position) {
            case ABOVE_998, BELOW_998 -> "#c0392b";
            case ABOVE_95, BELOW_95 -> "#d68910";
            default -> "#2e6da4";
        };
    }
}
