package fi.huoltopolku.quality;

import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.theme.Theme;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a foreman did, read from the checks they answered: the quality checks (items of the
 * quality-check stage answered in the flow) and the post-inspections, each counted per visit and
 * per theme with how many found a problem (a "no"); the cars they sent back to work; and how
 * satisfied the customers of the cars they quality-checked were (overall 4–5 of 5), beside the
 * whole workshop's customers.
 */
@Singleton
public class ForemanWork {

    /** One theme's checks by the foreman: answers and noes, at quality check and at post-inspection. */
    public record ThemeWork(Theme theme, long checked, long checkedNo, long inspected, long inspectedNo) {
    }

    /** The foreman's work in a period. */
    public record Work(long qualityChecks, long qualityChecksFound, long postInspections, long postInspectionsFound,
            long sentBack, Proportion customersSatisfied, Proportion workshopSatisfied, List<ThemeWork> themes) {
    }

    private static final String MINE = """
            FROM check_answer a JOIN check_item i ON i.id = a.item_id
            JOIN check_item_version iv ON iv.id = a.item_version_id
            WHERE a.answered_by_id = ? AND a.answered_at >= ? AND a.answered_at < ?
            AND ((a.source = 'PROCESS' AND i.stage = 'QUALITY_CHECK') OR a.source = 'POST_INSPECTION')""";

    private final JdbcOperations jdbc;

    ForemanWork(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The foreman's work with answers given in [from, to), themes in their order. Runs in the caller's transaction. */
    Work of(long foremanId, Instant from, Instant to, List<Theme> themes, Proportion workshopSatisfied) {
        Map<String, long[]> visits = query("SELECT a.source, COUNT(DISTINCT a.visit_id), "
                + "COUNT(DISTINCT CASE WHEN a.answer = 'NO' THEN a.visit_id END) " + MINE + " GROUP BY a.source",
                foremanId, from, to, 1);
        Map<String, long[]> answers = query("SELECT CAST(iv.theme_id AS VARCHAR(20)) || ':' || a.source, COUNT(*), "
                + "SUM(CASE WHEN a.answer = 'NO' THEN 1 ELSE 0 END) " + MINE + " GROUP BY iv.theme_id, a.source",
                foremanId, from, to, 1);
        long sentBack = query("SELECT 'back', COUNT(*) FROM visit_event WHERE actor_id = ? AND at >= ? AND at < ? "
                + "AND kind = 'STAGE' AND from_value = 'QUALITY_CHECK' AND to_value = 'IN_WORK'", foremanId, from, to, 0)
                .getOrDefault("back", new long[1])[0];
        long[] customers = query("SELECT 'customers', COUNT(*), SUM(CASE WHEN s.overall >= 4 THEN 1 ELSE 0 END) "
                + "FROM survey_response s WHERE s.visit_id IN (SELECT a.visit_id " + MINE + " AND a.source = 'PROCESS')",
                foremanId, from, to, 1).getOrDefault("customers", new long[2]);
        List<ThemeWork> lines = new ArrayList<>();
        for (Theme theme : themes) {
            long[] checked = answers.getOrDefault(theme.id() + ":PROCESS", new long[2]);
            long[] inspected = answers.getOrDefault(theme.id() + ":POST_INSPECTION", new long[2]);
            if (checked[0] + inspected[0] > 0) {
                lines.add(new ThemeWork(theme, checked[0], checked[1], inspected[0], inspected[1]));
            }
        }
        long[] qc = visits.getOrDefault("PROCESS", new long[2]);
        long[] post = visits.getOrDefault("POST_INSPECTION", new long[2]);
        return new Work(qc[0], qc[1], post[0], post[1], sentBack, new Proportion(customers[1], customers[0]),
                workshopSatisfied, lines);
    }

    /** Rows of (key, counts…) by their key; {@code extra} counts after the first. */
    private Map<String, long[]> query(String sql, long foremanId, Instant from, Instant to, int extra) {
        return jdbc.prepareStatement(sql, (PreparedStatement ps) -> {
            ps.setLong(1, foremanId);
            ps.setObject(2, from.atOffset(ZoneOffset.UTC));
            ps.setObject(3, to.atOffset(ZoneOffset.UTC));
            Map<String, long[]> rows = new HashMap<>();
            try (ResultSet result = ps.executeQuery()) {
                while (result.next()) {
                    long[] counts = new long[1 + extra];
                    for (int i = 0; i <= extra; i++) {
                        counts[i] = result.getLong(2 + i);
                    }
                    rows.put(result.getString(1), counts);
                }
            }
            return rows;
        });
    }
}
