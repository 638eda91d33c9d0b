package fi.huoltopolku.quality.stats;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Among visits with both a check answer and a rating in a theme: how often customers were
 * satisfied (4–5) when the theme's checks all passed, and when any failed. The difference is the
 * theme's derived importance: does this check matter to customers?
 */
public record SatisfactionLink(Proportion whenPassed, Proportion whenFailed) {

    public static final SatisfactionLink NONE = new SatisfactionLink(new Proportion(0, 0), new Proportion(0, 0));

    /**
     * Satisfied (4–5) when the theme's checks all passed vs when any failed, over the visits with
     * both an outcome and a rating.
     */
    public static SatisfactionLink of(Map<Long, Boolean> passedByVisit,
            Map<Long, Integer> ratingByVisit) {
        long passed = 0;
        long passedSatisfied = 0;
        long failed = 0;
        long failedSatisfied = 0;
        for (Map.Entry<Long, Boolean> visit : passedByVisit.entrySet()) {
            Integer rating = ratingByVisit.get(visit.getKey());
            if (rating == null) {
                continue;
            }
            if (visit.getValue()) {
                passed++;
                passedSatisfied += rating >= 4 ? 1 : 0;
            } else {
                failed++;
                failedSatisfied += rating >= 4 ? 1 : 0;
            }
        }
        return new SatisfactionLink(new Proportion(passedSatisfied, passed), new Proportion(failedSatisfied, failed));
    }

    /** No visit had both a check outcome and a rating. */
    public boolean isEmpty() {
        return whenPassed.n() + whenFailed.n() == 0;
    }

    public SatisfactionLink plus(SatisfactionLink other) {
        return new SatisfactionLink(
                new Proportion(whenPassed.successes() + other.whenPassed.successes(), whenPassed.n() + other.whenPassed.n()),
                new Proportion(whenFailed.successes() + other.whenFailed.successes(), whenFailed.n() + other.whenFailed.n()));
    }

    /** Satisfied-rate when passed minus when failed; null unless both groups have visits. */
    public @Nullable Double importance() {
        return whenPassed.rate() == null || whenFailed.rate() == null ? null
                : whenPassed.rate() - whenFailed.rate();
    }
}
