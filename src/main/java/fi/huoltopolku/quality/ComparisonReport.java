package fi.huoltopolku.quality;

import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.quality.stats.Thresholds;
import fi.huoltopolku.survey.SatisfactionFigures;
import java.util.List;

/** The comparison for a period and filters: a row per theme, the focus themes, and the overall figures. */
public record ComparisonReport(FigureFilter filter, Thresholds thresholds, List<ThemeComparison> themes,
        List<String> focus, SatisfactionFigures satisfaction) {

    /** The rows of the focus themes, best first. */
    public List<ThemeComparison> focusRows() {
        return focus.stream().flatMap(code -> themes.stream().filter(row -> row.theme().code().equals(code))).toList();
    }
}
