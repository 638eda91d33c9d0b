package fi.huoltopolku.people;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface DepartmentRepository extends CrudRepository<Department, Long> {

    Optional<Department> findByCode(String code);

    List<Department> listOrderById();
}
