package fi.huoltopolku.checks;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface PostInspectionRepository extends CrudRepository<PostInspection, Long> {

    Optional<PostInspection> findByVisitId(Long visitId);

    List<PostInspection> findByVisitIdIn(Collection<Long> visitIds);

    List<PostInspection> findByDoneAtIsNullOrderByDrawnAt();

    Optional<PostInspection> findFirstByTechnicianIdOrderByDrawnAtDesc(Long technicianId);

    @Query(value = """
            SELECT p.* FROM post_inspection p JOIN visit v ON v.id = p.visit_id
            WHERE v.booked_at >= :from AND v.booked_at < :to""", nativeQuery = true)
    List<PostInspection> findOfVisitsBookedBetween(Instant from, Instant to);
}
