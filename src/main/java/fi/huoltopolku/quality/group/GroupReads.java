package fi.huoltopolku.quality.group;

import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.site.SiteScope;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Both sides of every site's figures per theme, each side in one grouped query over the raw answers
 * of the visits booked in the period (the {@code visit_site_booked} index picks a site's visits of
 * the period), with the single-site report's definitions: the checks' compliance is yes ÷ (yes + no)
 * of every check answer, counted for the theme of the wording it was given for; the customers' is
 * the share of theme ratings of 4–5 of every survey answer. The roll-ups are kept without a site,
 * so the group reads the raw rows.
 */
@Singleton
class GroupReads {

    /** A site's theme. */
    record Key(long siteId, String theme) {
    }

    private final JdbcOperations jdbc;

    GroupReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Checks passed of checks answered yes or no, per site and theme. */
    Map<Key, Proportion> objective(Instant from, Instant to, SiteScope sites) {
        return grouped("""
                SELECT v.site_id, t.code, SUM(CASE WHEN a.answer = 'YES' THEN 1 ELSE 0 END),
                    SUM(CASE WHEN a.answer IN ('YES', 'NO') THEN 1 ELSE 0 END)
                FROM visit v JOIN check_answer a ON a.visit_id = v.id
                JOIN check_item_version iv ON iv.id = a.item_version_id JOIN theme t ON t.id = iv.theme_id
                WHERE v.booked_at >= ? AND v.booked_at < ?""", from, to, sites);
    }

    /** Theme ratings of 4 or 5 of all theme ratings, per site and theme. */
    Map<Key, Proportion> subjective(Instant from, Instant to, SiteScope sites) {
        return grouped("""
                SELECT v.site_id, t.code, SUM(CASE WHEN r.rating >= 4 THEN 1 ELSE 0 END), COUNT(*)
                FROM visit v JOIN survey_response s ON s.visit_id = v.id
                JOIN survey_rating r ON r.response_id = s.id JOIN theme t ON t.id = r.theme_id
                WHERE v.booked_at >= ? AND v.booked_at < ?""", from, to, sites);
    }

    private Map<Key, Proportion> grouped(String select, Instant from, Instant to, SiteScope sites) {
        List<Long> ids = sites.all() ? List.of() : sites.sqlIds();
        String sql = select + (ids.isEmpty() ? "" : " AND v.site_id IN ("
                + ids.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")") + " GROUP BY v.site_id, t.code";
        return jdbc.prepareStatement(sql, ps -> {
            ps.setObject(1, OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(2, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(3 + i, ids.get(i));
            }
            Map<Key, Proportion> found = new HashMap<>();
            try (ResultSet rows = ps.executeQuery()) {
                while (rows.next()) {
                    found.put(new Key(rows.getLong(1), rows.getString(2)), new Proportion(rows.getLong(3), rows.getLong(4)));
                }
            }
            return found;
        });
    }
}
