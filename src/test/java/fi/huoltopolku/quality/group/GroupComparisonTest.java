package fi.huoltopolku.quality.group;

import io.micronaut.context.annotation.Property;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ComparisonService;
import fi.huoltopolku.quality.ThemeComparison;
import fi.huoltopolku.quality.group.GroupReport.GroupTheme;
import fi.huoltopolku.quality.group.GroupReport.SiteFigures;
import fi.huoltopolku.quality.stats.Classification;
import fi.huoltopolku.quality.stats.Funnel;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.site.SiteScope;
import fi.huoltopolku.support.ApiAccess;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group comparison of three sites with hand-made answers ({@link GroupSeed}): every figure
 * against a recount written straight from the raw rows (not the service's queries), the funnel of
 * a small case against values worked by hand, the sentences, blind spots and the site to learn
 * from, the API's JSON, CSV and PDF, and a site's own report matching its row.
 */
// The hand-worked case widens from three sites (the method); the installation waits for ten (FunnelTest).
@Property(name = "huoltopolku.comparison.funnel-widening-from", value = "3")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupComparisonTest {

    private static final Offset<Double> CLOSE = Offset.offset(0.00001);

    @Inject ApplicationContext context;
    @Inject GroupComparison group;
    @Inject ComparisonService comparison;
    @Inject Messages messages;
    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;
    @Inject TransactionOperations<Connection> transactions;

    GroupSeed.Planted planted;
    GroupReport report;

    @BeforeAll
    void seed() {
        planted = GroupSeed.plant(context);
        report = group.report(GroupSeed.FIRST, GroupSeed.LAST, null, Set.of(planted.espoo().siteId(),
                planted.tampere().siteId(), planted.lahti().siteId()));
    }

    /** Per site id and theme code: {yes, yes + no} of the checks and {4–5, all} of the ratings, counted row by row. */
    private Map<String, long[]> recount() {
        return transactions.executeRead(status -> {
            Connection c = status.getConnection();
            ZoneId zone = ZoneId.of("Europe/Helsinki");
            Instant from = GroupSeed.FIRST.atStartOfDay(zone).toInstant();
            Instant to = GroupSeed.LAST.plusDays(1).atStartOfDay(zone).toInstant();
            Map<Long, Long> siteOfVisit = new HashMap<>();
            Map<Long, String> themeOf = new HashMap<>();
            Map<Long, Long> themeOfVersion = new HashMap<>();
            Map<Long, Long> visitOfResponse = new HashMap<>();
            Map<String, long[]> counts = new HashMap<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("SELECT id, site_id, booked_at FROM visit")) {
                    while (r.next()) {
                        Instant booked = r.getObject(3, OffsetDateTime.class).toInstant();
                        if (!booked.isBefore(from) && booked.isBefore(to)) {
                            siteOfVisit.put(r.getLong(1), r.getLong(2));
                        }
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT id, code FROM theme")) {
                    while (r.next()) {
                        themeOf.put(r.getLong(1), r.getString(2));
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT id, theme_id FROM check_item_version")) {
                    while (r.next()) {
                        themeOfVersion.put(r.getLong(1), r.getLong(2));
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT visit_id, item_version_id, answer FROM check_answer")) {
                    while (r.next()) {
                        Long site = siteOfVisit.get(r.getLong(1));
                        String answer = r.getString(3);
                        if (site != null && !answer.equals("NA")) {
                            long[] c4 = counts.computeIfAbsent(site + "/" + themeOf.get(themeOfVersion.get(r.getLong(2))),
                                    k -> new long[4]);
                            c4[0] += answer.equals("YES") ? 1 : 0;
                            c4[1]++;
                        }
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT id, visit_id FROM survey_response")) {
                    while (r.next()) {
                        visitOfResponse.put(r.getLong(1), r.getLong(2));
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT response_id, theme_id, rating FROM survey_rating")) {
                    while (r.next()) {
                        Long site = siteOfVisit.get(visitOfResponse.get(r.getLong(1)));
                        if (site != null) {
                            long[] c4 = counts.computeIfAbsent(site + "/" + themeOf.get(r.getLong(2)), k -> new long[4]);
                            c4[2] += r.getInt(3) >= 4 ? 1 : 0;
                            c4[3]++;
                        }
                    }
                }
            }
            return counts;
        });
    }

    @Test
    void every_figure_equals_a_recount_from_the_raw_answers() {
        Map<String, long[]> raw = recount();
        assertThat(report.sites()).extracting(GroupReport.GroupSite::name).containsExactly("Espoo", "Tampere", "Lahti");
        assertThat(report.themes()).hasSize(7);
        int compared = 0;
        for (GroupTheme theme : report.themes()) {
            for (SiteFigures row : theme.sites()) {
                long[] expected = raw.getOrDefault(row.site().id() + "/" + theme.theme().code(), new long[4]);
                assertThat(row.comparison().objective()).as(row.site().name() + " " + theme.theme().code())
                        .isEqualTo(new Proportion(expected[0], expected[1]));
                assertThat(row.comparison().subjective()).as(row.site().name() + " " + theme.theme().code())
                        .isEqualTo(new Proportion(expected[2], expected[3]));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(21);
        // And the recount is what was planted (the N/A answers and the visit after the period left out):
        assertThat(raw.get(planted.espoo().siteId() + "/HANDOVER")).containsExactly(55, 60, 50, 60);
        assertThat(raw.get(planted.tampere().siteId() + "/HANDOVER")).containsExactly(10, 10, 5, 10);
        assertThat(raw.get(planted.lahti().siteId() + "/TIMELINESS")).containsExactly(50, 60, 36, 60);
    }

    @Test
    void each_sites_figures_equal_its_own_single_site_report() {
        FigureFilter period = FigureFilter.period(GroupSeed.FIRST.atStartOfDay(ZoneId.of("Europe/Helsinki")).toInstant(),
                GroupSeed.LAST.plusDays(1).atStartOfDay(ZoneId.of("Europe/Helsinki")).toInstant());
        for (GroupTheme theme : report.themes()) {
            for (SiteFigures row : theme.sites()) {
                ThemeComparison single = comparison.report(period.sites(SiteScope.of(row.site().id()))).themes().stream()
                        .filter(t -> t.theme().code().equals(theme.theme().code())).findFirst().orElseThrow();
                assertThat(single.comparison()).as(row.site().name() + " " + theme.theme().code())
                        .isEqualTo(row.comparison());
            }
        }
    }

    @Test
    void the_funnel_of_a_small_case_equals_the_hand_worked_limits() {
        // HANDOVER, customers: 50/60, 5/10, 48/60 → p̄ = 103/130 = 0.792308, p̄(1 − p̄) = 0.164556
        // s = √(0.164556/n): 0.052370 (n 60), 0.128279 (n 10); z = 0.78337, −2.27868, 0.14688
        // sorted −2.27868, 0.14688, 0.78337: 10 % = −2.27868 + 0.2 × 2.42556 = −1.79357; 90 % = 0.14688 + 0.8 × 0.63649 = 0.65607
        // winsorized z² = 0.43043 + 3.21689 + 0.02157 = 3.66889 → φ̂ = 1.22296 > 1: widen
        // w = n/0.164556 = 364.62, 60.77, 364.62: Σw = 789.99, Σw²/Σw = 341.24 → 448.75; τ² = (3 × 1.22296 − 2)/448.75 = 0.0037189
        // Tampere (n 10): √(0.0164556 + 0.0037189) = 0.142039; 95 %: 0.792308 − 1.959964 × 0.142039 = 0.513920
        //   99.8 %: 0.792308 − 3.090232 × 0.142039 = 0.353380 → 0.50 is below the 95 % limit, inside the 99.8 %
        // Espoo (n 60): √(0.0027426 + 0.0037189) = 0.080383; 95 %: ± 0.157549 → [0.634759, 0.949857]
        GroupTheme handover = theme("HANDOVER");
        Funnel customers = handover.customers();
        assertThat(customers.centre()).isCloseTo(0.792308, CLOSE);
        assertThat(customers.phi()).isCloseTo(1.22296, CLOSE);
        assertThat(customers.tau2()).isCloseTo(0.0037189, Offset.offset(0.0000002));
        assertThat(customers.widened()).isTrue();
        Funnel.Unit tampere = handover.sites().get(1).customers();
        assertThat(tampere.inner().lower()).isCloseTo(0.513920, CLOSE);
        assertThat(tampere.outer().lower()).isCloseTo(0.353380, CLOSE);
        assertThat(tampere.position()).isEqualTo(Funnel.Position.BELOW_95);
        Funnel.Unit espoo = handover.sites().get(0).customers();
        assertThat(espoo.inner().lower()).isCloseTo(0.634759, CLOSE);
        assertThat(espoo.inner().upper()).isCloseTo(0.949857, CLOSE);
        assertThat(espoo.position()).isEqualTo(Funnel.Position.INSIDE);

        // HANDOVER, checks: 55/60, 10/10, 54/60 → p̄ = 119/130 = 0.915385; z = 0.0357, 0.9614, −0.4282: φ̂ = 0.2388 < 1,
        // plain binomial limits; Lahti (n 60): s = √(0.077515/60) = 0.035944; 95 %: ± 0.070449 → [0.844936, 0.985834]…
        Funnel checks = handover.checks();
        assertThat(checks.widened()).isFalse();
        assertThat(checks.phi()).isCloseTo(0.238801, CLOSE);
        assertThat(handover.sites().get(2).checks().inner().lower()).isCloseTo(0.844964, CLOSE);
        assertThat(handover.sites().get(2).checks().outer().lower()).isCloseTo(0.804354, CLOSE);

        // TIMELINESS, customers: 57/60, 9/10, 36/60 → the sites differ far more than chance (φ̂ 4.9025), the limits
        // widen by τ² = 0.0290808 and nobody is outside them: three sites are too few to tell one odd site from spread.
        Funnel timeliness = theme("TIMELINESS").customers();
        assertThat(timeliness.phi()).isCloseTo(4.902528, CLOSE);
        assertThat(timeliness.tau2()).isCloseTo(0.02908082, Offset.offset(0.0000001));
        assertThat(timeliness.outside()).isZero();
    }

    @Test
    void the_sites_outside_the_limits_blind_spots_and_the_site_to_learn_from_in_plain_sentences() {
        assertThat(report.flags()).hasSize(1);
        assertThat(GroupSentences.flag(report.flags().get(0), messages, Locale.ENGLISH)).isEqualTo(
                "Tampere's customers are satisfied with Invoice & handover 50\u00a0% (n 10), below the group's 95 % limit"
                        + " — possibly chance: one site in twenty falls outside this limit by chance alone.");
        assertThat(GroupSentences.flag(report.flags().get(0), messages, Messages.FINNISH)).startsWith(
                "Tampere: teemassa ").contains("asiakkaista 50\u00a0% on tyytyväisiä (n 10), alle ryhmän 95 %:n rajan");
        // Tampere: checks 10/10 = 100 %, customers 5/10 = 50 %: gap −50 ≥ 15 with the checks good → blind spot.
        // Lahti, timeliness: checks 50/60 = 83 %, customers 36/60 = 60 %: gap −23 → blind spot.
        assertThat(GroupSentences.blindSpots(report, messages, Locale.ENGLISH)).containsExactly(
                "Tampere: blind spot in Invoice & handover.", "Lahti: blind spot in Timeliness.");
        // Handover: Tampere below 95 % and a blind spot; Espoo 50/60 (Wilson low 0.7201) beats Lahti 48/60 (0.6832).
        assertThat(theme("HANDOVER").best()).isEqualTo(report.sites().get(0));
        assertThat(GroupSentences.best(theme("HANDOVER"), messages, Locale.ENGLISH)).isEqualTo(
                "Learn Invoice & handover from Espoo: customers satisfied 83\u00a0% (n 60), checks done 92\u00a0% (n 60).");
        // Timeliness: Lahti a blind spot, Tampere 9/10 (low 0.5958) against Espoo 57/60 (low 0.8630).
        assertThat(theme("TIMELINESS").best()).isEqualTo(report.sites().get(0));
        // Nobody answered booking: no site to learn from.
        assertThat(theme("BOOKING").best()).isNull();
        assertThat(theme("HANDOVER").sites().get(1).comparison().subjective().low()).isCloseTo(0.236593, CLOSE);
        assertThat(theme("HANDOVER").sites().get(1).comparison().subjective().high()).isCloseTo(0.763407, CLOSE);
    }

    private GroupTheme theme(String code) {
        return report.themes().stream().filter(t -> t.theme().code().equals(code)).findFirst().orElseThrow();
    }

    private String groupToken;

    /** A group manager's token (every site). */
    private String bearer() {
        if (groupToken == null) {
            groupToken = "Bearer " + tokens.create("group manager", Role.MANAGER, null, Actor.integration("test")).secret();
        }
        return groupToken;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get(path, bearer());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_sites_own_token_sees_only_its_site_and_cannot_ask_for_another() throws Exception {
        String firstSite = ApiAccess.bearer(tokens, Role.MANAGER);
        HttpResponse<String> other = get("/api/v1/reports/group?from=2026-03-02&to=2026-03-08&site=TRE", firstSite);
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(other.body()).contains("\"field\":\"site\"", "No site TRE of yours").doesNotContain("Espoo");
        String own = get("/api/v1/reports/group?from=2026-03-02&to=2026-03-08&theme=HANDOVER", firstSite).body();
        assertThat(own).contains("\"sites\":[{\"code\":\"main\"").doesNotContain("TRE", "Tampere", "ESP", "LAH");
    }

    @Test
    void the_api_answers_the_same_figures_limits_and_flags() throws Exception {
        HttpResponse<String> answer = get("/api/v1/reports/group?from=2026-03-02&to=2026-03-08&theme=handover"
                + "&site=ESP,TRE,lah");
        assertThat(answer.statusCode()).isEqualTo(200);
        String json = answer.body();
        assertThat(json).startsWith("{\"from\":\"2026-03-02\",\"to\":\"2026-03-08\",\"sites\":[{\"code\":\"ESP\","
                + "\"name\":\"Espoo\"},{\"code\":\"TRE\",\"name\":\"Tampere\"},{\"code\":\"LAH\",\"name\":\"Lahti\"}],"
                + "\"themes\":[{\"theme\":\"HANDOVER\"");
        assertThat(json).contains("{\"site\":\"TRE\",\"checks\":{\"rate\":{\"rate\":1.0,\"n\":10,\"low\":0.72",
                "\"customers\":{\"rate\":{\"rate\":0.5,\"n\":10,\"low\":0.2365", "\"limit95Low\":0.51392",
                "\"position\":\"BELOW_95\"},\"gap\":-50.0,\"classification\":\"BLIND_SPOT\"}",
                "\"best\":\"ESP\"", "\"flags\":[{\"site\":\"TRE\",\"theme\":\"HANDOVER\",\"side\":\"CUSTOMERS\","
                        + "\"position\":\"BELOW_95\",\"rate\":0.5,\"n\":10,\"sentence\":\"Tampere's customers",
                "\"blindSpots\":[{\"site\":\"TRE\",\"themes\":[\"HANDOVER\"]}]");
        assertThat(json).containsPattern("\"customers\":\\{\"centre\":0\\.79230\\d*,\"phi\":1\\.2229\\d*,"
                + "\"tau2\":0\\.00371\\d*,\"widened\":true}");
        assertThat(get("/api/v1/reports/group?from=2026-03-02&to=2026-03-08&theme=HANDOVER&site=ESP,TRE,LAH&lang=fi")
                .body()).contains("\"sentence\":\"Tampere: teemassa");

        String csv = get("/api/v1/reports/group.csv?from=2026-03-02&to=2026-03-08&theme=HANDOVER&site=ESP,TRE,LAH").body();
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv.lines().toList().get(2)).startsWith("HANDOVER,TRE,Tampere,1.0000,10,0.7225,1.0000,0.9154,")
                .contains(",0.5000,10,0.2366,0.7634,0.7923,0.5139,1.0000,0.3534,1.0000,BELOW_95,-50.0000,BLIND_SPOT,false");

        HttpResponse<String> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/reports/group.pdf?from=2026-03-02&to=2026-03-08&site=ESP,TRE,LAH&lang=en"))
                .header("Authorization", bearer()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(pdf.statusCode()).isEqualTo(200);
        HttpResponse<byte[]> bytes = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/reports/group.pdf?from=2026-03-02&to=2026-03-08&site=ESP,TRE,LAH&lang=en"))
                .header("Authorization", bearer()).build(), HttpResponse.BodyHandlers.ofByteArray());
        PdfReader reader = new PdfReader(bytes.body());
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("Group comparison", "Tampere's customers are satisfied with Invoice & handover");

        HttpResponse<String> unknown = get("/api/v1/reports/group?site=NOPE");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"site\"", "No site NOPE of yours").doesNotContain("Exception");
        assertThat(get("/api/v1/reports/group?to=2026-03-01&from=2026-03-08").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/reports/group?theme=NOPE").statusCode()).isBetween(400, 404);
    }
}
