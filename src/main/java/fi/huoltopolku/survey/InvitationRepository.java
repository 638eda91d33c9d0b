package fi.huoltopolku.survey;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface InvitationRepository extends CrudRepository<Invitation, Long> {

    Optional<Invitation> findByToken(String token);

    List<Invitation> findByVisitIdOrderByCreatedAtDesc(Long visitId);

    /** The ids of the visits booked in [from, to) that have an invitation. */
    @io.micronaut.data.annotation.Query(value = """
            SELECT DISTINCT i.visit_id FROM survey_invitation i JOIN visit v ON v.id = i.visit_id
            WHERE v.booked_at >= :from AND v.booked_at < :to""", nativeQuery = true)
    List<Long> findInvitedVisitIds(java.time.Instant from, java.time.Instant to);

    /** The visits among these that were invited (once per invitation). */
    List<Long> findVisitIdByVisitIdIn(java.util.Collection<Long> visitIds);
}
