package fi.huoltopolku.quality;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.CheckAnswer;
import fi.huoltopolku.checks.PostInspection;
import fi.huoltopolku.survey.Invitation;
import fi.huoltopolku.survey.StaffEstimate;
import fi.huoltopolku.survey.SurveyResponse;
import fi.huoltopolku.visit.Visit;
import fi.huoltopolku.visit.VisitEvent;
import io.micronaut.data.annotation.event.PostPersist;
import io.micronaut.data.annotation.event.PostUpdate;
import io.micronaut.data.annotation.event.PreUpdate;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Writes down, in the same transaction as the change, the booking day of every visit whose
 * evidence changes: the visit itself (its people, times and stage), its timeline, check answers,
 * post-inspections, invitations, survey answers (ratings are saved with their answer) and staff
 * estimates. {@link ComparisonRollups} recomputes those days before the next report.
 */
@Singleton
class RollupMarker {

    private final JdbcOperations jdbc;
    private final WorkshopClock clock;

    RollupMarker(JdbcOperations jdbc, WorkshopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Marks the day changed with a new generation. A rebuild that started from an older generation
     * then leaves the mark in place (see {@link ComparisonRollups}).
     */
    static void mark(JdbcOperations jdbc, LocalDate day) {
        jdbc.prepareStatement("MERGE INTO rollup_dirty_day (booked_on, generation) KEY (booked_on) "
                + "VALUES (?, NEXT VALUE FOR rollup_mark_seq)", ps -> {
            ps.setDate(1, Date.valueOf(day));
            return ps.executeUpdate();
        });
    }

    @PostPersist
    void visitCreated(Visit visit) {
        mark(jdbc, visit.getBookedAt().atZone(clock.zone()).toLocalDate());
    }

    /** Before the update: the day the visit was booked on until now (a rebooking moves it). */
    @PreUpdate
    void visitChanging(Visit visit) {
        markVisit(visit.getId());
    }

    @PostUpdate
    void visitChanged(Visit visit) {
        mark(jdbc, visit.getBookedAt().atZone(clock.zone()).toLocalDate());
    }

    @PostPersist
    void eventAdded(VisitEvent event) {
        markVisit(event.visitId());
    }

    @PostPersist
    void answered(CheckAnswer answer) {
        markVisit(answer.visitId());
    }

    @PostUpdate
    void answerChanged(CheckAnswer answer) {
        markVisit(answer.visitId());
    }

    @PostPersist
    void drawn(PostInspection inspection) {
        markVisit(inspection.visitId());
    }

    @PostUpdate
    void inspected(PostInspection inspection) {
        markVisit(inspection.visitId());
    }

    @PostPersist
    void invited(Invitation invitation) {
        markVisit(invitation.visitId());
    }

    @PostPersist
    void responded(SurveyResponse response) {
        markVisit(response.visitId());
    }

    @PostPersist
    void estimated(StaffEstimate estimate) {
        markVisit(estimate.visitId());
    }

    private void markVisit(Long visitId) {
        Timestamp booked = jdbc.prepareStatement("SELECT booked_at FROM visit WHERE id = ?", ps -> {
            ps.setLong(1, visitId);
            try (ResultSet rows = ps.executeQuery()) {
                return rows.next() ? rows.getTimestamp(1) : null;
            }
        });
        if (booked != null) {
            mark(jdbc, booked.toInstant().atZone(clock.zone()).toLocalDate());
        }
    }
}
