package fi.huoltopolku.checks;

import fi.huoltopolku.visit.Stage;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface CheckItemRepository extends CrudRepository<CheckItem, Long> {

    Optional<CheckItem> findByCode(String code);

    List<CheckItem> findByKindOrderByPosition(ItemKind kind);

    List<CheckItem> findByKindAndStageOrderByPosition(ItemKind kind, Stage stage);

    List<CheckItem> listOrderByPosition();
}
