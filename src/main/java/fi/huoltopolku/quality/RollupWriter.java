package fi.huoltopolku.quality;

import fi.huoltopolku.quality.DetailRows.Disagreement;
import fi.huoltopolku.quality.DetailRows.Row;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes a day's roll-ups: its DETAIL rows in {@code rollup_figure} and its disagreeing visits in
 * {@code rollup_disagreement}, then the coarser grains ({@link CoarseGrains}). Runs in the
 * caller's transaction, under the day's lock. The SQL is the one both H2 and PostgreSQL accept
 * (where they differ, only the migrations do). Changes with the layout of those tables.
 */
@Singleton
class RollupWriter {

    private final JdbcOperations jdbc;

    RollupWriter(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the DETAIL rows of these groups of the day (all when null) with the rows given, and
     * brings the day's coarser grains to the sums of its DETAIL rows ({@link CoarseGrains}: for some
     * groups only the coarse rows whose sums changed are written).
     */
    void write(Date date, @Nullable Set<RollupGroup> groups, DetailRows computed) {
        if (groups == null) {
            for (String table : List.of("rollup_figure", "rollup_disagreement")) {
                jdbc.prepareStatement("DELETE FROM " + table + " WHERE booked_on = ?", ps -> {
                    ps.setDate(1, date);
                    return ps.executeUpdate();
                });
            }
            insertDetail(date, computed.rows());
            insertDisagreements(date, computed.disagreements());
            CoarseGrains.rebuild(jdbc, date);
        } else {
            List<CoarseGrains.Contribution> before = detailOf(date, groups);
            deleteGroups("DELETE FROM rollup_disagreement WHERE booked_on = ?", date, groups);
            deleteGroups("DELETE FROM rollup_figure WHERE grain = 'DETAIL' AND booked_on = ?", date, groups);
            insertDetail(date, computed.rows());
            insertDisagreements(date, computed.disagreements());
            CoarseGrains.apply(jdbc, date, before, computed.rows().stream().map(Row::contribution).toList());
        }
    }

    /** The condition on a group's rows, after one on the day. */
    private static final String OF_GROUP = """
             AND advisor_id IS NOT DISTINCT FROM ? AND technician_id IS NOT DISTINCT FROM ?
            AND make IS NOT DISTINCT FROM ? AND visit_type = ?""";

    /** These groups' DETAIL rows of the day as they are now. */
    private List<CoarseGrains.Contribution> detailOf(Date date, Set<RollupGroup> groups) {
        List<CoarseGrains.Contribution> rows = new ArrayList<>();
        jdbc.prepareStatement("SELECT " + CoarseGrains.COLUMNS
                + " FROM rollup_figure WHERE grain = 'DETAIL' AND booked_on = ?" + OF_GROUP, ps -> {
                    for (RollupGroup group : groups) {
                        setGroup(ps, date, group);
                        try (ResultSet result = ps.executeQuery()) {
                            while (result.next()) {
                                rows.add(CoarseGrains.Contribution.read(result));
                            }
                        }
                    }
                    return null;
                });
        return rows;
    }

    private static void setGroup(PreparedStatement ps, Date date, RollupGroup group) throws SQLException {
        ps.setDate(1, date);
        ps.setObject(2, group.advisorId(), Types.BIGINT);
        ps.setObject(3, group.technicianId(), Types.BIGINT);
        ps.setString(4, group.make());
        ps.setString(5, group.visitType().name());
    }

    /** Runs the delete (its one parameter the day) for the rows of each of these groups. */
    private void deleteGroups(String delete, Date date, Set<RollupGroup> groups) {
        jdbc.prepareStatement(delete + OF_GROUP, ps -> {
            for (RollupGroup group : groups) {
                setGroup(ps, date, group);
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private void insertDisagreements(Date date, List<Disagreement> disagreements) {
        if (disagreements.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO rollup_disagreement (booked_on, advisor_id, technician_id, make, visit_type, department,
                    theme, visit_id, checks_passed, rating) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            for (Disagreement d : disagreements) {
                ps.setDate(1, date);
                ps.setObject(2, d.group().advisorId(), Types.BIGINT);
                ps.setObject(3, d.group().technicianId(), Types.BIGINT);
                ps.setString(4, d.group().make());
                ps.setString(5, d.group().visitType().name());
                ps.setString(6, d.department());
                ps.setString(7, d.theme());
                ps.setLong(8, d.visitId());
                ps.setBoolean(9, d.passed());
                ps.setInt(10, d.rating());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private void insertDetail(Date date, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("""
                INSERT INTO rollup_figure (booked_on, grain, advisor_id, technician_id, make, visit_type, department,
                    measure, theme, source, person_id, a, b, c, d, e)
                VALUES (?, 'DETAIL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", ps -> {
            for (Row row : rows) {
                ps.setDate(1, date);
                setLong(ps, 2, row.group().advisorId());
                setLong(ps, 3, row.group().technicianId());
                ps.setString(4, row.group().make());
                ps.setString(5, row.group().visitType().name());
                ps.setString(6, row.department());
                ps.setString(7, row.measure());
                ps.setString(8, row.theme());
                ps.setString(9, row.source());
                setLong(ps, 10, row.personId());
                ps.setLong(11, row.a());
                ps.setLong(12, row.b());
                ps.setLong(13, row.c());
                ps.setLong(14, row.d());
                ps.setLong(15, row.e());
                ps.addBatch();
            }
            return ps.executeBatch();
        });
    }

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
