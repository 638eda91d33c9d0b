package fi.huoltopolku.checks;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface CheckItemVersionRepository extends CrudRepository<CheckItemVersion, Long> {

    Optional<CheckItemVersion> findByItemIdAndNumber(Long itemId, int number);

    List<CheckItemVersion> findByItemIdOrderByNumber(Long itemId);

    List<CheckItemVersion> findByIdIn(Collection<Long> ids);
}
