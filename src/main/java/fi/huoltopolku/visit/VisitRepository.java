package fi.huoltopolku.visit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface VisitRepository extends CrudRepository<Visit, Long> {

    List<Visit> findByStageInOrderByPromisedAt(Collection<Stage> stages);

    List<Visit> findByIdIn(Collection<Long> ids);

    List<Visit> findByVehicleIdOrderByBookedAtDesc(Long vehicleId);

    List<Visit> findByBookedAtGreaterThanEqualsAndBookedAtLessThanOrderByBookedAt(Instant from,
            Instant to);

    Page<Visit> findByStageInAndBookedAtBetween(Collection<Stage> stages, Instant from, Instant to, Pageable pageable);

    Page<Visit> findBySiteIdInAndStageInAndBookedAtBetween(Collection<Long> siteIds, Collection<Stage> stages,
            Instant from, Instant to, Pageable pageable);

    List<Visit> findByComebackOfId(Long comebackOfId);

    List<Visit> findByBookedAtGreaterThanEqualsAndBookedAtLessThan(Instant from, Instant to);

    /** The make of each visit's car (a sub-select, so H2 starts from the day's visits, not every car). */
    @Query(value = """
            SELECT v.id AS visit_id, (SELECT ve.make FROM vehicle ve WHERE ve.id = v.vehicle_id) AS make
            FROM visit v WHERE v.booked_at >= :from AND v.booked_at < :to""", nativeQuery = true)
    List<VisitMake> findMakesOfVisitsBookedBetween(Instant from, Instant to);
}
