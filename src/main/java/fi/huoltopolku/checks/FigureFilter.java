package fi.huoltopolku.checks;

import fi.huoltopolku.visit.Stage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which answers the figures cover: visits booked in [from, to), optionally one visit, one advisor's
 * or technician's visits, one stage, or the stages of one department.
 */
public record FigureFilter(Instant from, Instant to, @Nullable Long visitId, @Nullable Long advisorId,
        @Nullable Long technicianId, @Nullable Stage stage, @Nullable String departmentCode) {

    public static FigureFilter period(Instant from, Instant to) {
        return new FigureFilter(from, to, null, null, null, null, null);
    }

    public FigureFilter visit(long id) {
        return new FigureFilter(from, to, id, advisorId, technicianId, stage, departmentCode);
    }

    public FigureFilter advisor(long id) {
        return new FigureFilter(from, to, visitId, id, technicianId, stage, departmentCode);
    }

    public FigureFilter technician(long id) {
        return new FigureFilter(from, to, visitId, advisorId, id, stage, departmentCode);
    }

    public FigureFilter stage(Stage s) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, s, departmentCode);
    }

    public FigureFilter department(String code) {
        return new FigureFilter(from, to, visitId, advisorId, technicianId, stage, code);
    }
}
