package fi.huoltopolku.security;

import fi.huoltopolku.people.Role;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The security package's tables. */
final class SecurityRepositories {

    private SecurityRepositories() {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Accounts extends CrudRepository<Account, Long> {

        Optional<Account> findByBadge(String badge);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Roles extends CrudRepository<Account, Long> {

        /** Every role the person holds, at any site or at the group. */
        @Query(value = "SELECT DISTINCT role FROM site_role WHERE person_id = :personId ORDER BY role", nativeQuery = true)
        List<String> findRoles(Long personId);

        /** The sites where the person holds a role (a role at the group is not among them). */
        @Query(value = "SELECT DISTINCT site_id FROM site_role WHERE person_id = :personId AND site_id IS NOT NULL "
                + "ORDER BY site_id", nativeQuery = true)
        List<Long> findSites(Long personId);

        /** Each role with where it is held, as "ROLE:siteId" ("ROLE:" at the group). */
        @Query(value = "SELECT DISTINCT role || ':' || COALESCE(CAST(site_id AS VARCHAR(20)), '') FROM site_role "
                + "WHERE person_id = :personId", nativeQuery = true)
        List<String> findGrants(Long personId);

        @Query(value = "SELECT COUNT(*) FROM site_role WHERE person_id = :personId AND site_id IS NULL", nativeQuery = true)
        long countGroupRoles(Long personId);

        @Query(value = "DELETE FROM site_role WHERE person_id = :personId", nativeQuery = true)
        void clearRoles(Long personId);

        @Query(value = "SELECT COUNT(*) FROM site_role r JOIN person p ON p.id = r.person_id WHERE r.role = :role AND p.active", nativeQuery = true)
        long countActiveWith(String role);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Events extends CrudRepository<SecurityEvent, Long> {

        List<SecurityEvent> findByUsernameAndAddressAndKindAndAtGreaterThanOrderByAtDesc(String username, String address,
                SecurityEvent.Kind kind, Instant since);

        List<SecurityEvent> findTop500OrderByAtDesc();

        List<SecurityEvent> findTop100ByAddressAndKindAndAtGreaterThanOrderByAtDesc(String address,
                SecurityEvent.Kind kind, Instant since);

        List<SecurityEvent> findTop100ByUsernameAndKindAndAtGreaterThanOrderByAtDesc(String username,
                SecurityEvent.Kind kind, Instant since);

        List<SecurityEvent> findTop500ByKindAndAccountExistsAndAtGreaterThanOrderByAtDesc(SecurityEvent.Kind kind,
                boolean accountExists, Instant since);

        List<SecurityEvent> findTop100ByUsernameAndAddressAndKindAndAtGreaterThanOrderByAtDesc(String username,
                String address, SecurityEvent.Kind kind, Instant since);

        List<SecurityEvent> findTop100ByUsernameAndDeviceAndKindAndAtGreaterThanOrderByAtDesc(String username,
                String device, SecurityEvent.Kind kind, Instant since);

        long countByUsernameAndDeviceAndKindAndAtGreaterThan(String username, String device,
                SecurityEvent.Kind kind, Instant since);

        long countByUsernameAndAddressAndKindAndAtGreaterThan(String username, String address,
                SecurityEvent.Kind kind, Instant since);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Tokens extends CrudRepository<ApiToken, Long> {

        Optional<ApiToken> findByTokenHash(String tokenHash);

        List<ApiToken> listOrderByCreatedAtDesc();

        @Query(value = "UPDATE api_token SET last_used_at = :at WHERE id = :id", nativeQuery = true)
        void touch(Long id, Instant at);

        long countByRole(Role role);
    }
}
