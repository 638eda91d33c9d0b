package fi.huoltopolku.quality;

import fi.huoltopolku.quality.stats.Change;
import fi.huoltopolku.quality.stats.Proportion;

/**
 * A theme's figures in equal windows before and after an action's start, each side (objective
 * compliance, subjective top-2-box) read as a {@link Change}: the difference with its 95% interval
 * and a verdict. {@code enoughAfter} is false while the window after the start has fewer answers
 * than a theme needs to be read.
 */
public record BeforeAfter(int windowDays, Change objective, Change subjective, boolean enoughAfter) {

    public Proportion objectiveBefore() {
        return objective.before();
    }

    public Proportion objectiveAfter() {
        return objective.after();
    }

    public Proportion subjectiveBefore() {
        return subjective.before();
    }

    public Proportion subjectiveAfter() {
        return subjective.after();
    }
}
