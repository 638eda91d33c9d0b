package fi.huoltopolku.site;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface SiteRepository extends CrudRepository<Site, Long> {

    List<Site> listOrderById();

    Optional<Site> findByCode(String code);
}
