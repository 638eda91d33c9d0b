package fi.huoltopolku.theme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface ThemeRepository extends CrudRepository<Theme, Long> {

    List<Theme> listOrderByPosition();

    Optional<Theme> findByCode(String code);
}
