package fi.huoltopolku.checks;

import fi.huoltopolku.visit.Visit;
import java.util.List;

/**
 * The visits whose evidence is counted, chosen by the caller within a filter's period (a roll-up
 * rebuild: the changed groups' visits of a day), and whether they are few of the period's: then
 * their answers are read by visit id rather than the whole period's.
 */
public record VisitScope(List<Visit> visits, boolean few) {

    public static VisitScope of(List<Visit> chosen, int inPeriod) {
        return new VisitScope(chosen, FigureFilter.fewOf(chosen.size(), inPeriod));
    }
}
