package fi.huoltopolku.quality;

import fi.huoltopolku.checks.Figures;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.quality.stats.Comparison;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.quality.stats.SatisfactionLink;
import fi.huoltopolku.survey.Satisfaction;
import fi.huoltopolku.theme.Theme;
import java.util.Map;

/** One theme's row of the comparison report. */
public record ThemeComparison(Theme theme, Comparison comparison, Figures objective,
        Map<Source, Proportion> objectiveBySource, Satisfaction subjective, SatisfactionLink link, double focusScore,
        boolean focus) {
}
