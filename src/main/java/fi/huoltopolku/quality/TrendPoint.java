package fi.huoltopolku.quality;

import fi.huoltopolku.quality.stats.Proportion;
import java.time.LocalDate;

/** One period of a theme's trend: both sides, with n. */
public record TrendPoint(LocalDate periodStart, Proportion objective, Proportion subjective) {
}
