package fi.huoltopolku.visit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface VisitEventRepository extends CrudRepository<VisitEvent, Long> {

    List<VisitEvent> findByVisitIdOrderById(Long visitId);

    /** How many of a technician's cars were handed over after the given time. */
    @Query(value = """
            SELECT COUNT(*) FROM visit_event e JOIN visit v ON v.id = e.visit_id
            WHERE v.technician_id = :technicianId AND e.kind = 'STAGE' AND e.to_value = 'FOLLOW_UP' AND e.at > :since""",
            nativeQuery = true)
    long countHandoversSince(long technicianId, Instant since);

    /** Stage moves of the visits booked in [from, to). */
    @Query(value = """
            SELECT e.* FROM visit_event e JOIN visit v ON v.id = e.visit_id
            WHERE v.booked_at >= :from AND v.booked_at < :to AND e.kind = 'STAGE'""", nativeQuery = true)
    List<VisitEvent> findStageMovesOfVisitsBookedBetween(Instant from, Instant to);

    List<VisitEvent> findByVisitIdInAndKind(Collection<Long> visitIds, EventKind kind);

    List<VisitEvent> findByKindAndToValueAndAtLessThan(EventKind kind, String toValue, Instant at);
}
