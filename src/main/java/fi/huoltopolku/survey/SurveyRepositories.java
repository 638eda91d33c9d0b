package fi.huoltopolku.survey;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The survey's tables. */
final class SurveyRepositories {

    private SurveyRepositories() {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Responses extends CrudRepository<SurveyResponse, Long> {

        List<SurveyResponse> findByVisitIdOrderByAnsweredAt(Long visitId);

        List<SurveyResponse> findByVisitIdInOrderByAnsweredAt(Collection<Long> visitIds);

        @Query(value = """
                SELECT s.* FROM survey_response s JOIN visit v ON v.id = s.visit_id
                WHERE v.booked_at >= :from AND v.booked_at < :to""", nativeQuery = true)
        List<SurveyResponse> findOfVisitsBookedBetween(Instant from, Instant to);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Ratings extends CrudRepository<SurveyRating, Long> {

        List<SurveyRating> findByResponseIdIn(Collection<Long> responseIds);

        @Query(value = """
                SELECT r.* FROM survey_rating r JOIN survey_response s ON s.id = r.response_id
                JOIN visit v ON v.id = s.visit_id WHERE v.booked_at >= :from AND v.booked_at < :to""", nativeQuery = true)
        List<SurveyRating> findOfVisitsBookedBetween(Instant from, Instant to);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Estimates extends CrudRepository<StaffEstimate, Long> {

        Optional<StaffEstimate> findByVisitId(Long visitId);

        List<StaffEstimate> findByVisitIdIn(Collection<Long> visitIds);

        @Query(value = """
                SELECT e.* FROM staff_estimate e JOIN visit v ON v.id = e.visit_id
                WHERE v.booked_at >= :from AND v.booked_at < :to""", nativeQuery = true)
        List<StaffEstimate> findOfVisitsBookedBetween(Instant from, Instant to);
    }
}
