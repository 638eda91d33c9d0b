package fi.huoltopolku.checks;

import fi.huoltopolku.visit.Stage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which answers the figures cover: visits booked in [from, to), optionally one visit, one advisor's
 * or technician's visits, cars of one make, one stage, or the stages of one department.
 */
public record FigureFilter(Instant from, Instant to, @Nullable Long visitId, @Nullable Long advisorId,
        @Nullable Long technicianId, @Nullable Stage stage, @Nullable String departmentCode, @Nullable String make) {

    public static FigureFilter period(Instant from, Instant to) {
        return new FigureFilter(from, to, null, null, null, null, null, null);
    }

    public FigureFilter visit(long id) {
        return new FigureFilter(from, to, id, advisorId, technicianId, stage, departmentCode, make);
    }

    public FigureFilter advisor(long id) {
        return new FigureFilter(from, to, visitId, id, technicianId, stage, departmentCode, make);
    }

    public FigureFilter technician(long id) {
        return new FigureFilter(from, to, visitId, advisorId, id, stage, departmentCode, make);
    }

    public FigureFilter stage(Stage s) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, s, departmentCode, make);
    }

    public FigureFilter department(@Nullable String code) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, stage, code, make);
    }

    /** Cars of one make, compared without case ("skoda" = "Skoda"). */
    public FigureFilter make(String name) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, stage, departmentCode, name.trim());
    }

    /** The same filters over another period. */
    public FigureFilter during(Instant start, Instant end) {
        return new FigureFilter(start, end, visitId, advisorId, technicianId, stage, departmentCode, make);
    }

    /** Whether a visit of these people and this make is in scope (period and stage are checked elsewhere). */
    public boolean admits(long visit, @Nullable Long advisor, @Nullable Long technician, @Nullable String visitMake) {
        return (visitId == null || visitId == visit)
                && (advisorId == null || advisorId.equals(advisor))
                && (technicianId == null || technicianId.equals(technician))
                && (make == null || make.equalsIgnoreCase(visitMake == null ? "" : visitMake.trim()));
    }
}
