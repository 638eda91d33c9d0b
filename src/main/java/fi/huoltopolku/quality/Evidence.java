package fi.huoltopolku.quality;

import fi.huoltopolku.checks.ComplianceService.SourceTheme;
import fi.huoltopolku.checks.Figures;
import fi.huoltopolku.quality.stats.SatisfactionLink;
import fi.huoltopolku.survey.SatisfactionFigures;
import java.util.Map;

/**
 * Both sides of the comparison for one filter, as counts: per theme the objective figures (overall
 * and per source), the pass/fail satisfaction link, and the subjective figures. Computed from the
 * raw answers or summed from the roll-ups; the two must always agree.
 */
record Evidence(Map<String, Figures> objective, Map<SourceTheme, Figures> objectiveBySource,
        Map<String, SatisfactionLink> links, SatisfactionFigures subjective) {
}
