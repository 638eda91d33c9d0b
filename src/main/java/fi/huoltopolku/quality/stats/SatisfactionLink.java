package fi.huoltopolku.quality.stats;

import org.jspecify.annotations.Nullable;

/**
 * Among visits with both a check answer and a rating in a theme: how often customers were
 * satisfied (4–5) when the theme's checks all passed, and when any failed. The difference is the
 * theme's derived importance: does this check matter to customers?
 */
public record SatisfactionLink(Proportion whenPassed, Proportion whenFailed) {

    /** Satisfied-rate when passed minus when failed; null unless both groups have visits. */
    public @Nullable Double importance() {
        return whenPassed.rate() == null || whenFailed.rate() == null ? null
                : whenPassed.rate() - whenFailed.rate();
    }
}
