package fi.huoltopolku.checks;

import fi.huoltopolku.site.SiteScope;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which answers the figures cover: visits booked in [from, to), optionally one visit, one advisor's
 * or technician's visits, cars of one make, visits of one type, one stage, or the stages of one
 * department; of all sites, or of some ({@link #sites}).
 */
public record FigureFilter(Instant from, Instant to, @Nullable Long visitId, @Nullable Long advisorId,
        @Nullable Long technicianId, @Nullable Stage stage, @Nullable String departmentCode, @Nullable String make,
        @Nullable VisitType visitType, SiteScope sites) {

    public static FigureFilter period(Instant from, Instant to) {
        return new FigureFilter(from, to, null, null, null, null, null, null, null, SiteScope.ALL);
    }

    /** The visits of these sites only (a report's {@code site=} filter, already narrowed to the caller's). */
    public FigureFilter sites(SiteScope scope) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, stage, departmentCode, make, visitType, scope);
    }

    public FigureFilter visit(long id) {
        return new FigureFilter(from, to, id, advisorId, technicianId, stage, departmentCode, make, visitType, sites);
    }

    public FigureFilter advisor(long id) {
        return new FigureFilter(from, to, visitId, id, technicianId, stage, departmentCode, make, visitType, sites);
    }

    public FigureFilter technician(long id) {
        return new FigureFilter(from, to, visitId, advisorId, id, stage, departmentCode, make, visitType, sites);
    }

    public FigureFilter stage(Stage s) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, s, departmentCode, make, visitType, sites);
    }

    public FigureFilter department(@Nullable String code) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, stage, code, make, visitType, sites);
    }

    /** Cars of one make, compared without case ("skoda" = "Skoda"). */
    public FigureFilter make(String name) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, stage, departmentCode, name.trim(), visitType, sites);
    }

    /** Visits of one type (service, repair...). */
    public FigureFilter type(VisitType type) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, stage, departmentCode, make, type, sites);
    }

    /** The same filters over another period. */
    public FigureFilter during(Instant start, Instant end) {
        return new FigureFilter(start, end, visitId, advisorId, technicianId, stage, departmentCode, make, visitType, sites);
    }

    /** Whether a visit of these people and this make is in scope (period and stage are checked elsewhere). */
    public boolean admits(Visit visit, @Nullable String visitMake) {
        Long advisor = visit.getAdvisorId();
        Long technician = visit.getTechnicianId();
        return (visitId == null || visitId.equals(visit.getId())) && sites.contains(visit.getSiteId())
                && (visitType == null || visitType == visit.getVisitType())
                && (advisorId == null || advisorId.equals(advisor))
                && (technicianId == null || technicianId.equals(technician))
                && (make == null || make.equalsIgnoreCase(visitMake == null ? "" : visitMake.trim()));
    }

    /**
     * Whether {@code inScope} visits of the {@code inPeriod} booked in the period are few enough to
     * read their evidence by visit id rather than the whole period's (one changed visit of a busy day).
     */
    public static boolean fewOf(int inScope, int inPeriod) {
        return inScope > 0 && inScope <= 500 && inScope * 4 <= inPeriod;
    }
}
