package fi.huoltopolku.quality;

import fi.huoltopolku.quality.stats.Proportion;

/**
 * A theme's figures in equal windows before and after an action's start: objective compliance and
 * subjective top-2-box, with n. {@code enoughAfter} is false while the window after the start has
 * fewer answers than a theme needs to be read.
 */
public record BeforeAfter(int windowDays, Proportion objectiveBefore, Proportion objectiveAfter,
        Proportion subjectiveBefore, Proportion subjectiveAfter, boolean enoughAfter) {
}
