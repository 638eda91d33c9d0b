package fi.huoltopolku.survey;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface OutboxRepository extends CrudRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByVisitIdOrderByCreatedAtDesc(Long visitId);
}
