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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Writes down, in the same transaction as the change, the booking day and group (advisor,
 * technician, make, type) of every visit whose evidence changes: the visit itself (its people,
 * times and stage; before and after, as a change can move it to another day or group), its
 * timeline, check answers, post-inspections, invitations, survey answers (ratings are saved with
 * their answer) and staff estimates. {@link ComparisonRollups} recomputes those groups before the
 * next report. A mark is only ever inserted, never updated, so a change never waits for a rebuild.
 */
@Singleton
class RollupMarker {

    private final JdbcOperations jdbc;
    private final WorkshopClock clock;

    RollupMarker(JdbcOperations jdbc, WorkshopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Marks the whole day changed (a bulk change, or to rebuild it from scratch). */
    static void markDay(JdbcOperations jdbc, LocalDate day) {
        // The generation is the sequence's next value (the column's default).
        jdbc.prepareStatement("INSERT INTO rollup_mark (booked_on, whole_day) VALUES (?, TRUE)", ps -> {
            ps.setDate(1, Date.valueOf(day));
            return ps.executeUpdate();
        });
    }

    @PostPersist
    void visitCreated(Visit visit) {
        markVisit(visit.getId());
    }

    /** Before the update: the day and group the visit was in until now (a change can move it). */
    @PreUpdate
    void visitChanging(Visit visit) {
        markVisit(visit.getId());
    }

    @PostUpdate
    void visitChanged(Visit visit) {
        markVisit(visit.getId());
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

    /** Marks the visit's day and group as they stand in this transaction. */
    void markVisit(Long visitId) {
        jdbc.prepareStatement("""
                SELECT v.booked_at, v.advisor_id, v.technician_id, v.visit_type,
                    (SELECT ve.make FROM vehicle ve WHERE ve.id = v.vehicle_id)
                FROM visit v WHERE v.id = ?""", ps -> {
            ps.setLong(1, visitId);
            try (ResultSet rows = ps.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                LocalDate day = rows.getTimestamp(1).toInstant().atZone(clock.zone()).toLocalDate();
                String make = rows.getString(5);
                try (PreparedStatement insert = ps.getConnection().prepareStatement("""
                        INSERT INTO rollup_mark (booked_on, whole_day, advisor_id, technician_id, make, visit_type)
                        VALUES (?, FALSE, ?, ?, ?, ?)""")) {
                    insert.setDate(1, Date.valueOf(day));
                    insert.setObject(2, rows.getObject(2), Types.BIGINT);
                    insert.setObject(3, rows.getObject(3), Types.BIGINT);
                    insert.setString(4, make == null ? null : make.trim());
                    insert.setString(5, rows.getString(4));
                    insert.executeUpdate();
                }
                return null;
            }
        });
    }
}
