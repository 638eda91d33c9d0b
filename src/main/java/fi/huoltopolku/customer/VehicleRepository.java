package fi.huoltopolku.customer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface VehicleRepository extends CrudRepository<Vehicle, Long> {

    Optional<Vehicle> findByPlateKey(String plateKey);

    List<Vehicle> findByIdIn(Collection<Long> ids);

    List<Vehicle> findByCustomerId(Long customerId);

    @Query(value = "SELECT DISTINCT TRIM(make) FROM vehicle ORDER BY 1", nativeQuery = true)
    List<String> findMakes();

    /** Vehicles whose plate, owner's name or owner's phone contains the text. */
    @Query(value = """
            SELECT v.* FROM vehicle v JOIN customer c ON c.id = v.customer_id
            WHERE (:plateKey <> '' AND v.plate_key LIKE CONCAT('%', :plateKey, '%'))
               OR LOWER(c.name) LIKE CONCAT('%', :name, '%')
               OR (:phoneKey <> '' AND c.phone_key LIKE CONCAT('%', :phoneKey, '%'))
            ORDER BY v.plate_key
            LIMIT :limit""", nativeQuery = true)
    List<Vehicle> search(String plateKey, String name, String phoneKey, int limit);
}
