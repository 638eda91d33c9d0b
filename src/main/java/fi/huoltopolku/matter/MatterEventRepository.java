package fi.huoltopolku.matter;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.H2)
interface MatterEventRepository extends CrudRepository<MatterEvent, Long> {

    List<MatterEvent> findByMatterIdOrderById(Long matterId);
}
