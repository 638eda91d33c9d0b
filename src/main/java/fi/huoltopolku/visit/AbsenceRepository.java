package fi.huoltopolku.visit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface AbsenceRepository extends CrudRepository<Absence, Long> {

    List<Absence> findByAbsentOnGreaterThanEqualsAndAbsentOnLessThan(LocalDate from, LocalDate to);

    Optional<Absence> findByPersonIdAndAbsentOn(Long personId, LocalDate day);
}
