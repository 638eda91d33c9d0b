package fi.huoltopolku.visit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface VisitEventRepository extends CrudRepository<VisitEvent, Long> {

    List<VisitEvent> findByVisitIdOrderById(Long visitId);

    List<VisitEvent> findByVisitIdInAndKind(java.util.Collection<Long> visitIds, EventKind kind);

    List<VisitEvent> findByKindAndToValueAndAtLessThan(EventKind kind, String toValue, java.time.Instant at);
}
