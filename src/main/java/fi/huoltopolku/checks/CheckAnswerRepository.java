package fi.huoltopolku.checks;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.H2)
interface CheckAnswerRepository extends CrudRepository<CheckAnswer, Long> {

    List<CheckAnswer> findByVisitId(Long visitId);

    List<CheckAnswer> findByVisitIdIn(Collection<Long> visitIds);

    List<Long> findVisitIdByItemIdAndSource(Long itemId, Source source);

    /** Answers of the visits booked in [from, to): a join, not a list of ids (large IN lists are slow in H2). */
    @Query(value = """
            SELECT a.* FROM check_answer a JOIN visit v ON v.id = a.visit_id
            WHERE v.booked_at >= :from AND v.booked_at < :to""", nativeQuery = true)
    List<CheckAnswer> findOfVisitsBookedBetween(Instant from, Instant to);

    Optional<CheckAnswer> findByVisitIdAndItemIdAndSource(Long visitId, Long itemId, Source source);
}
