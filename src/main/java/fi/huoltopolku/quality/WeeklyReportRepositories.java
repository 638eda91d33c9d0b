package fi.huoltopolku.quality;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The weekly report's tables. */
final class WeeklyReportRepositories {

    private WeeklyReportRepositories() {
    }

    /** A manager's opt-in: where and in which language the weekly report goes. */
    @MappedEntity(value = "report_subscription", escape = false)
    record Subscription(@Id Long personId, String email, String language, Instant subscribedAt) {
    }

    @JdbcRepository(dialect = Dialect.H2)
    interface Subscriptions extends CrudRepository<Subscription, Long> {
    }

    /** A weekly mail as it was composed: its week, how sending went, its subject, body and PDF. */
    @Introspected
    record KeptMail(LocalDate weekStart, String status, String subject, String body, byte[] pdf) {
    }

    /** Each person's mail of each week, claimed once. */
    @JdbcRepository(dialect = Dialect.H2)
    interface Mails extends GenericRepository<Subscription, Long> {

        @Query(value = "INSERT INTO weekly_report_mail (person_id, week_start, claimed_at, status) "
                + "VALUES (:personId, :weekStart, :at, 'SENDING')", nativeQuery = true)
        void claim(long personId, LocalDate weekStart, Instant at);

        /** Takes over a claim whose node stopped before it sent (crashed or killed): one taker wins. */
        @Query(value = "UPDATE weekly_report_mail SET claimed_at = :at WHERE person_id = :personId "
                + "AND week_start = :weekStart AND status = 'SENDING' AND claimed_at < :staleBefore", nativeQuery = true)
        int reclaim(long personId, LocalDate weekStart, Instant at, Instant staleBefore);

        @Query(value = "SELECT COUNT(*) FROM weekly_report_mail WHERE person_id = :personId AND week_start = :weekStart",
                nativeQuery = true)
        long count(long personId, LocalDate weekStart);

        @Query(value = "UPDATE weekly_report_mail SET status = :status, detail = :detail, subject = :subject, "
                + "body = :body, pdf = :pdf WHERE person_id = :personId AND week_start = :weekStart", nativeQuery = true)
        void finish(long personId, LocalDate weekStart, String status, @Nullable String detail,
                String subject, String body, byte[] pdf);

        /** The person's latest mail that was composed (sent, recorded or failed), with what it said. */
        @Query(value = "SELECT week_start, status, subject, body, pdf FROM weekly_report_mail WHERE person_id = :personId "
                + "AND pdf IS NOT NULL ORDER BY week_start DESC LIMIT 1", nativeQuery = true)
        Optional<KeptMail> lastKept(long personId);

        @Query(value = "SELECT week_start || ' ' || status FROM weekly_report_mail WHERE person_id = :personId "
                + "ORDER BY week_start DESC LIMIT 1", nativeQuery = true)
        Optional<String> latest(long personId);
    }
}
