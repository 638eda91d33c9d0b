package fi.huoltopolku.people;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface PersonRepository extends CrudRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    List<Person> findByActiveOrderByFullName(boolean active);

    List<Person> findByRoleAndActiveOrderByFullName(Role role, boolean active);
}
