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

    long countByCreatedAtBetween(java.time.Instant from, java.time.Instant to);
}
