package fi.huoltopolku.quality;

import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitType;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The visits a DETAIL roll-up row counts, and what a mark names: same advisor, technician, make and
 * type. Changes when the roll-ups are kept per a different grouping of a day's visits.
 */
record RollupGroup(@Nullable Long advisorId, @Nullable Long technicianId, @Nullable String make,
        VisitType visitType) {

    static RollupGroup of(Visit visit, Map<Long, String> makes) {
        String make = makes.get(visit.getId());
        return new RollupGroup(visit.getAdvisorId(), visit.getTechnicianId(), make == null ? null : make.trim(),
                visit.getVisitType());
    }
}
