package fi.huoltopolku.visit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface ExtraWorkRepository extends CrudRepository<ExtraWork, Long> {

    List<ExtraWork> findByVisitIdOrderById(Long visitId);

    List<ExtraWork> findByDecisionOrderByFlaggedAt(Decision decision);
}
