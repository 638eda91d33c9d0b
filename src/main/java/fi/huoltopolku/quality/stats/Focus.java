package fi.huoltopolku.quality.stats;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Where fixing pays most: score = (negative gap in points) × (1 + importance) × volume (subjective
 * n), for themes read as a blind spot or aligned weak (something to fix). Importance is the
 * satisfied-when-passed minus satisfied-when-failed difference, counted from 0 when unknown or
 * negative: a check that does not move customers (a hollow tick, typical of a blind spot) must not
 * hide the gap. The one or two best-scoring themes, ties broken by theme order.
 */
public final class Focus {

    private Focus() {
    }

    /** What the ranking needs of a theme. */
    public record Candidate(String theme, int order, Comparison comparison, @Nullable Double importance) {

        public double score() {
            Double gap = comparison.gapPoints();
            Classification reading = comparison.classification();
            if (gap == null || gap >= 0
                    || (reading != Classification.BLIND_SPOT && reading != Classification.ALIGNED_WEAK)) {
                return 0;
            }
            double weight = 1 + (importance == null ? 0 : Math.max(0, importance));
            return -gap * weight * comparison.subjective().n();
        }
    }

    /** At most {@code limit} themes with a positive score, best first. */
    public static List<String> suggest(List<Candidate> candidates, int limit) {
        return candidates.stream().filter(c -> c.score() > 0)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::order))
                .limit(limit).map(Candidate::theme).toList();
    }

    /** Scores by theme, for showing the working. */
    public static Map<String, Double> scores(List<Candidate> candidates) {
        return candidates.stream().collect(Collectors.toMap(Candidate::theme, Candidate::score));
    }
}
