package fi.huoltopolku.checks;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface CheckAnswerRepository extends CrudRepository<CheckAnswer, Long> {

    List<CheckAnswer> findByVisitId(Long visitId);

    List<Long> findVisitIdByItemIdAndSource(Long itemId, Source source);

    List<CheckAnswer> findByVisitIdIn(Collection<Long> visitIds);

    Optional<CheckAnswer> findByVisitIdAndItemIdAndSource(Long visitId, Long itemId, Source source);
}
