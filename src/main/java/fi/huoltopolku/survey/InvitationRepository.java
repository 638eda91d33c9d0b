package fi.huoltopolku.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface InvitationRepository extends CrudRepository<Invitation, Long> {

    Optional<Invitation> findByToken(String token);

    List<Invitation> findByVisitIdOrderByCreatedAtDesc(Long visitId);

    /** The ids of the visits booked in [from, to) that have an invitation. */
    @Query(value = """
            SELECT DISTINCT i.visit_id FROM survey_invitation i JOIN visit v ON v.id = i.visit_id
            WHERE v.booked_at >= :from AND v.booked_at < :to""", nativeQuery = true)
    List<Long> findInvitedVisitIds(Instant from, Instant to);

    /** The visits among these that were invited (once per invitation). */
    List<Long> findVisitIdByVisitIdIn(Collection<Long> visitIds);
}
