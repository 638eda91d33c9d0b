package fi.huoltopolku.survey;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
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

        List<SurveyResponse> findByVisitIdIn(Collection<Long> visitIds);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Ratings extends CrudRepository<SurveyRating, Long> {

        List<SurveyRating> findByResponseIdIn(Collection<Long> responseIds);
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Estimates extends CrudRepository<StaffEstimate, Long> {

        Optional<StaffEstimate> findByVisitId(Long visitId);

        List<StaffEstimate> findByVisitIdIn(Collection<Long> visitIds);
    }
}
