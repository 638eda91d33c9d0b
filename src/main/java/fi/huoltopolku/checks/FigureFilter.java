package fi.huoltopolku.checks;

import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitType;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which answers the figures cover: visits booked in [from, to), optionally one visit, one advisor's
 * or technician's visits, cars of one make, visits of one type, one stage, or the stages of one
 * department.
 */
public record FigureFilter(Instant from, Instant to, @Nullable Long visitId, @Nullable Long advisorId,
        @Nullable Long technicianId, @Nullable Stage stage, @Nullable String departmentCode, @Nullable String make,
        @Nullable VisitType visitType) {

    public static FigureFilter period(Instant from, Instant to) {
        return new FigureFilter(from, to, null, null, null, null, null, null, null);
    }

    public FigureFilter visit(long id) {
        return new FigureFilter(from, to, id, advisorId, technicianId, stage, departmentCode, make, visitType);
    }

    public FigureFilter advisor(long id) {
        return new FigureFilter(from, to, visitId, id, technicianId, stage, departmentCode, make, visitType);
    }

    public FigureFilter technician(long id) {
        return new FigureFilter(from, to, visitId, advisorId, id, stage, departmentCode, make, visitType);
    }

    public FigureFilter stage(Stage s) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, s, departmentCode, make, visitType);
    }

    public FigureFilter department(@Nullable String code) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, stage, code, make, visitType);
    }

    /** Cars of one make, compared without case ("skoda" = "Skoda"). */
    public FigureFilter make(String name) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, stage, departmentCode, name.trim(), visitType);
    }

    /** Visits of one type (service, repair...). */
    public FigureFilter type(VisitType type) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, stage, departmentCode, make, type);
    }

    /** The same filters over another period. */
    public FigureFilter during(Instant start, Instant end) {
        return new FigureFilter(start, end, visitId, advisorId, technicianId, stage, departmentCode, make, visitType);
    }

    /** Whether a visit of these people and this make is in scope (period and stage are checked elsewhere). */
    public boolean admits(Visit visit, @Nullable String visitMake) {
        Long advisor = visit.getAdvisorId();
        Long technician = visit.getTechnicianId();
        return (visitId == null || visitId.equals(visit.getId()))
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
