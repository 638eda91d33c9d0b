package fi.huoltopolku.feedback;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The inbox's tables. */
final class FeedbackRepositories {

    private FeedbackRepositories() {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Cases extends CrudRepository<FeedbackCase, Long> {

        List<FeedbackCase> findByStatusInOrderByDueAt(Collection<CaseStatus> statuses);

        List<FeedbackCase> findByVisitId(Long visitId);

        Optional<FeedbackCase> findByResponseId(Long responseId);

        List<FeedbackCase> findByOpenedAtGreaterThanEqualsAndOpenedAtLessThan(Instant from, Instant to);
    }

    /** Tags and keywords: plain rows, kept by SQL. */
    @JdbcRepository(dialect = Dialect.H2)
    interface Words extends GenericRepository<FeedbackCase, Long> {

        @Query(value = "SELECT t.code FROM feedback_tag f JOIN theme t ON t.id = f.theme_id WHERE f.case_id = :caseId ORDER BY t.position",
                nativeQuery = true)
        List<String> tagsOf(long caseId);

        @Query(value = "DELETE FROM feedback_tag WHERE case_id = :caseId", nativeQuery = true)
        void clearTags(long caseId);

        @Query(value = "INSERT INTO feedback_tag (case_id, theme_id) SELECT :caseId, id FROM theme WHERE code = :themeCode",
                nativeQuery = true)
        void tag(long caseId, String themeCode);

        /** Changes whenever a comment's tags change: their count and a sum over them. */
        @Query(value = "SELECT COUNT(*) || ':' || COALESCE(SUM(case_id * 64 + theme_id), 0) FROM feedback_tag", nativeQuery = true)
        String tagFingerprint();

        /** Staff-tagged comments as "case:THEME:comment", newest cases first. */
        @Query(value = """
                SELECT CAST(c.id AS VARCHAR(20)) || ':' || t.code || ':' || s.comment
                FROM feedback_tag f JOIN theme t ON t.id = f.theme_id JOIN feedback_case c ON c.id = f.case_id
                JOIN survey_response s ON s.id = c.response_id
                WHERE s.comment IS NOT NULL ORDER BY c.id DESC LIMIT :atMost""", nativeQuery = true)
        List<String> taggedComments(int atMost);

        @Query(value = "SELECT t.code || ':' || k.keyword FROM theme_keyword k JOIN theme t ON t.id = k.theme_id WHERE k.language = :language ORDER BY t.position, k.keyword",
                nativeQuery = true)
        List<String> keywords(String language);

        @Query(value = """
                SELECT CAST(COALESCE(r.rating, s.overall) AS VARCHAR(1)) || ':' || s.comment
                FROM feedback_tag f JOIN theme t ON t.id = f.theme_id
                JOIN feedback_case c ON c.id = f.case_id JOIN survey_response s ON s.id = c.response_id
                JOIN visit v ON v.id = c.visit_id
                LEFT JOIN survey_rating r ON r.response_id = s.id AND r.theme_id = t.id
                WHERE t.code = :themeCode AND s.comment IS NOT NULL AND v.booked_at >= :from AND v.booked_at < :to
                AND (:everySite = TRUE OR v.site_id IN (:siteIds))
                ORDER BY s.answered_at DESC LIMIT 50""", nativeQuery = true)
        List<String> commentsTagged(String themeCode, Instant from, Instant to, boolean everySite,
                Collection<Long> siteIds);

        @Query(value = """
                SELECT CAST(s.overall AS VARCHAR(1)) || ':' || s.comment FROM survey_response s JOIN visit v ON v.id = s.visit_id
                WHERE (v.advisor_id = :personId OR v.technician_id = :personId) AND s.comment IS NOT NULL
                AND v.booked_at >= :from AND v.booked_at < :to
                ORDER BY s.answered_at DESC LIMIT 50""", nativeQuery = true)
        List<String> commentsOnVisitsOf(long personId, Instant from, Instant to);

        @Query(value = "DELETE FROM theme_keyword WHERE language = :language AND theme_id = (SELECT id FROM theme WHERE code = :themeCode)",
                nativeQuery = true)
        void clearKeywords(String themeCode, String language);

        @Query(value = "INSERT INTO theme_keyword (theme_id, language, keyword) SELECT id, :language, :keyword FROM theme WHERE code = :themeCode",
                nativeQuery = true)
        void addKeyword(String themeCode, String language, String keyword);
    }
}
