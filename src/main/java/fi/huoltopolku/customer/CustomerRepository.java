package fi.huoltopolku.customer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface CustomerRepository extends CrudRepository<Customer, Long> {

    Optional<Customer> findFirstByPhoneKey(String phoneKey);

    Optional<Customer> findFirstByEmailIlike(String email);

    List<Customer> findByIdIn(Collection<Long> ids);
}
