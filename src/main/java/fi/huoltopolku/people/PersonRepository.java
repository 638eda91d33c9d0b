package fi.huoltopolku.people;

import io.micronaut.data.annotation.Query;
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

    /** A new person's job is their first role (more are granted on the admin screen). */
    @Query(value = "INSERT INTO person_role (person_id, role) SELECT :personId, :role WHERE NOT EXISTS "
            + "(SELECT 1 FROM person_role WHERE person_id = :personId AND role = :role)",
            nativeQuery = true)
    void grant(Long personId, String role);
}
