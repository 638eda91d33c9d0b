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

    /** A role held at a site (a person may hold it at several). */
    @Query(value = "INSERT INTO site_role (person_id, site_id, role) SELECT :personId, :siteId, :role WHERE NOT EXISTS "
            + "(SELECT 1 FROM site_role WHERE person_id = :personId AND site_id = :siteId AND role = :role)",
            nativeQuery = true)
    void grantAtSite(Long personId, Long siteId, String role);

    /** A role held at the group (group manager, group admin): every site. */
    @Query(value = "INSERT INTO site_role (person_id, site_id, role) SELECT :personId, NULL, :role WHERE NOT EXISTS "
            + "(SELECT 1 FROM site_role WHERE person_id = :personId AND site_id IS NULL AND role = :role)",
            nativeQuery = true)
    void grantAtGroup(Long personId, String role);

    /** The people holding a role at one of the sites, or at the group. */
    @Query(value = "SELECT p.* FROM person p WHERE p.active AND EXISTS (SELECT 1 FROM site_role r WHERE r.person_id = p.id "
            + "AND r.role = :role AND (r.site_id = :siteId OR r.site_id IS NULL)) ORDER BY p.full_name",
            nativeQuery = true)
    List<Person> findActiveWithRoleAt(String role, Long siteId);
}
