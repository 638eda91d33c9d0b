package fi.huoltopolku.quality.group;

import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Three sites with hand-made answers, the same in every test of the group comparison: each visit
 * booked through the booking service and moved to its site, then given one check answer and one
 * customer rating per theme, written straight into the answer tables. Per site (visits; HANDOVER
 * checks yes / customers 4–5; TIMELINESS checks yes / customers 4–5):
 * <pre>
 *   Espoo   60; 55 / 50; 50 / 57
 *   Tampere 10; 10 /  5;  8 /  9
 *   Lahti   60; 54 / 48; 50 / 36
 * </pre>
 * Beside them, answers that must not count: an N/A check at every Espoo visit (neither yes nor no),
 * and a Tampere visit booked the day after the period (a failed check, a rating of 1).
 */
public final class GroupSeed {

    /** The period's first and last day (both inclusive) and the sites. */
    public static final LocalDate FIRST = LocalDate.parse("2026-03-02");
    public static final LocalDate LAST = LocalDate.parse("2026-03-08");
    private static final Instant START = Instant.parse("2026-03-02T06:00:00Z");

    public record Planted(Site espoo, Site tampere, Site lahti) {
    }

    /** One site's plan: visits, and how many of them pass / satisfy per theme. */
    private record Plan(Site site, int visits, int handoverYes, int handoverSatisfied, int timelinessYes,
            int timelinessSatisfied) {
    }

    private GroupSeed() {
    }

    public static Planted plant(ApplicationContext context) {
        Sites sites = context.getBean(Sites.class);
        Site espoo = sites.save(sites.newSite("ESP", "Espoo"));
        Site tampere = sites.save(sites.newSite("TRE", "Tampere"));
        Site lahti = sites.save(sites.newSite("LAH", "Lahti"));
        VisitService visits = context.getBean(VisitService.class);
        Person advisor = Staff.advisor(context.getBean(PeopleService.class));
        List<Plan> plans = List.of(new Plan(espoo, 60, 55, 50, 50, 57), new Plan(tampere, 10, 10, 5, 8, 9),
                new Plan(lahti, 60, 54, 48, 50, 36));
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);
        int slot = 0;
        List<long[]> booked = new ArrayList<>();
        for (Plan plan : plans) {
            for (int i = 0; i < plan.visits(); i++) {
                long visit = Staff.book(visits, advisor, Staff.plate(), Set.of(), START.plus(slot++ * 40L, ChronoUnit.MINUTES));
                booked.add(new long[] {visit, plan.site().siteId(), i});
            }
        }
        long late = Staff.book(visits, advisor, Staff.plate(), Set.of(), Instant.parse("2026-03-09T08:00:00Z"));
        transactions.executeWrite(status -> {
            Connection c = status.getConnection();
            int index = 0;
            for (Plan plan : plans) {
                for (int i = 0; i < plan.visits(); i++) {
                    long visit = booked.get(index++)[0];
                    site(c, visit, plan.site().siteId());
                    check(c, visit, "HANDOVER", i < plan.handoverYes() ? "YES" : "NO", 0);
                    check(c, visit, "TIMELINESS", i < plan.timelinessYes() ? "YES" : "NO", 0);
                    if (plan.site().equals(espoo)) {
                        check(c, visit, "HANDOVER", "NA", 1);
                    }
                    long response = response(c, visit);
                    rating(c, response, "HANDOVER", i < plan.handoverSatisfied() ? 4 + i % 2 : 1 + i % 3);
                    rating(c, response, "TIMELINESS", i < plan.timelinessSatisfied() ? 5 - i % 2 : 3 - i % 3);
                }
            }
            site(c, late, tampere.siteId());
            check(c, late, "HANDOVER", "NO", 0);
            rating(c, response(c, late), "HANDOVER", 1);
            return null;
        });
        return new Planted(espoo, tampere, lahti);
    }

    private static void site(Connection c, long visit, long site) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE visit SET site_id = ? WHERE id = ?")) {
            ps.setLong(1, site);
            ps.setLong(2, visit);
            ps.executeUpdate();
        }
    }

    /** An answer to the theme's {@code nth} check item (its current wording). */
    private static void check(Connection c, long visit, String theme, String answer, int nth) throws SQLException {
        long item;
        long version;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT iv.item_id, iv.id FROM check_item_version iv JOIN theme t ON t.id = iv.theme_id
                JOIN check_item i ON i.id = iv.item_id AND i.current_number = iv.number
                WHERE t.code = ? ORDER BY iv.item_id""")) {
            ps.setString(1, theme);
            try (ResultSet rows = ps.executeQuery()) {
                for (int skip = 0; skip < nth; skip++) {
                    rows.next();
                }
                rows.next();
                item = rows.getLong(1);
                version = rows.getLong(2);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO check_answer (visit_id, item_id, item_version_id, answer, source, answered_by, answered_at,
                    version) VALUES (?, ?, ?, ?, 'PROCESS', 'seed', ?, 0)""")) {
            ps.setLong(1, visit);
            ps.setLong(2, item);
            ps.setLong(3, version);
            ps.setString(4, answer);
            ps.setObject(5, OffsetDateTime.of(2026, 3, 9, 12, 0, 0, 0, ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static long response(Connection c, long visit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO survey_response (visit_id, source, overall, contact_consent, language, answered_at)
                VALUES (?, 'SURVEY', 4, FALSE, 'fi', ?)""", new String[] {"id"})) {
            ps.setLong(1, visit);
            ps.setObject(2, OffsetDateTime.of(2026, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void rating(Connection c, long response, String theme, int rating) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO survey_rating (response_id, theme_id, rating)
                SELECT ?, id, ? FROM theme WHERE code = ?""")) {
            ps.setLong(1, response);
            ps.setInt(2, rating);
            ps.setString(3, theme);
            ps.executeUpdate();
        }
    }
}
