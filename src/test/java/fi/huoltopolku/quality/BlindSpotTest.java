package fi.huoltopolku.quality;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.stats.Classification;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.ApiAccess;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A known pattern seeded through the public services: advisor Ville always ticks "invoice explained"
 * while his ten customers rate invoice & handover 2; advisor Saara ticks it too and her ten customers
 * rate it 5. The report flags exactly that blind spot for Ville and not for Saara.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlindSpotTest {

    private static final Instant DAY = Instant.parse("2026-02-10T06:00:00Z");

    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;

    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject SurveyService surveys;
    @Inject InvitationService invitations;

    Person ville;
    Person saara;

    @BeforeAll
    void seed() {
        ville = Staff.advisor(people);
        saara = Staff.advisor(people);
        Person technician = Staff.technician(people);
        for (int i = 0; i < 10; i++) {
            for (Person advisor : new Person[] {ville, saara}) {
                long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician,
                        DAY.plus(i * 20L, ChronoUnit.MINUTES));
                int handover = advisor == ville ? 2 : 5;
                surveys.submit(invitations.ofVisit(visit).get(0).token(),
                        new SurveyAnswers(4, 8, Map.of("HANDOVER", handover), null, false), "fi");
            }
        }
    }

    private String report(String advisor) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/reports/comparison?from=2026-02-10&to=2026-02-11&advisor=" + advisor))
                .header("Authorization", ApiAccess.bearer(tokens, Role.MANAGER)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String themeRow(String json, String theme) {
        Matcher row = Pattern.compile("\\{\"theme\":\"" + theme + "\".*?\"focus\":(true|false)\\}").matcher(json);
        assertThat(row.find()).as(theme + " in " + json).isTrue();
        return row.group();
    }

    @Test
    void the_report_flags_the_invoice_blind_spot_for_ville_only() throws Exception {
        String villes = report(ville.username());
        // Handover: "invoice explained" yes 10 of 10 → 1.0; customers 4–5 on handover 0 of 10 → 0.0; gap −100.
        assertThat(themeRow(villes, "HANDOVER")).contains("\"objective\":{\"rate\":1.0,\"n\":10",
                "\"subjective\":{\"rate\":0.0,\"n\":10", "\"gap\":-100.0", "\"intervalsSeparate\":true",
                "\"classification\":\"BLIND_SPOT\"", "\"focus\":true");
        assertThat(villes).containsOnlyOnce("BLIND_SPOT").contains("\"focus\":[\"HANDOVER\"]");

        String saaras = report(saara.username());
        assertThat(themeRow(saaras, "HANDOVER")).contains("\"classification\":\"ALIGNED_GOOD\"", "\"focus\":false");
        assertThat(saaras).doesNotContain("BLIND_SPOT").contains("\"focus\":[]");
    }

    @Test
    void the_report_filters_by_the_type_of_job_and_names_an_unknown_type() throws Exception {
        // Ville's ten visits were all booked as services: a repair-only report has nothing to read.
        assertThat(themeRow(report(ville.username() + "&visitType=service"), "HANDOVER"))
                .contains("\"classification\":\"BLIND_SPOT\"");
        assertThat(themeRow(report(ville.username() + "&visitType=REPAIR"), "HANDOVER"))
                .contains("\"objective\":{\"rate\":null,\"n\":0", "\"classification\":\"TOO_FEW_ANSWERS\"");
        assertThat(report(ville.username() + "&visitType=BOAT")).contains("\"field\":\"visitType\"",
                "No visit type BOAT");
    }

    @Test
    void themes_nobody_rated_are_too_few_answers_not_classified() throws Exception {
        assertThat(themeRow(report(ville.username()), "CARE"))
                .contains("\"classification\":\"" + Classification.TOO_FEW_ANSWERS + "\"");
    }

    @Test
    void the_same_report_downloads_as_csv() throws Exception {
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/reports/comparison.csv?from=2026-02-10&to=2026-02-11&advisor=" + ville.username()))
                .header("Authorization", ApiAccess.bearer(tokens, Role.MANAGER)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("theme,objective_rate,objective_n")
                .contains("HANDOVER,1.0000,10,0.7225,1.0000,0.0000,10,0.0000,0.2775,2.0000,-100.0000,true,BLIND_SPOT");
        // Importance in points like everywhere else, and the objective side per source in its own columns: all ten
        // answers in the flow (rate, n, interval), none by post-inspection, workshop test or derivation.
        assertThat(csv.body().lines().findFirst().orElseThrow()).contains(",importance_points,focus,process_rate,process_n,"
                + "process_low,process_high,post_inspection_rate,", ",derived_high,objective_good,subjective_good");
        String handover = csv.body().lines().filter(l -> l.startsWith("HANDOVER,")).findFirst().orElseThrow();
        // Then each side by itself against the good rate: checks 100 % good, customers 0 % not.
        assertThat(handover).endsWith(",1.0000,10,0.7225,1.0000,,0,,,,0,,,,0,,,true,false");
        // Named after the whole period, both dates as asked.
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"comparison-2026-02-10-to-2026-02-11.csv\"");
    }

    @Test
    void the_visits_behind_the_blind_spot_are_listed_with_the_checks_passed_and_the_rating() throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/reports/discordant?theme=HANDOVER&from=2026-02-10&to=2026-02-11&advisor="
                + ville.username()))
                .header("Authorization", ApiAccess.bearer(tokens, Role.MANAGER)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(body.split("\\{\"visitId\"", -1)).hasSize(11);
        assertThat(body).contains("\"theme\":\"HANDOVER\",\"checksPassed\":true,\"rating\":2");
        String saaras = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/reports/discordant?theme=HANDOVER&from=2026-02-10&to=2026-02-11&advisor="
                + saara.username()))
                .header("Authorization", ApiAccess.bearer(tokens, Role.MANAGER)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(saaras).isEqualTo("[]");
    }

    @Test
    void the_drill_down_comes_a_page_at_a_time_with_the_total_and_names_a_bad_page_size() throws Exception {
        String query = server.getURL() + "/api/v1/reports/discordant?theme=HANDOVER&from=2026-02-10&to=2026-02-11&advisor="
                + ville.username();
        List<String> pages = new ArrayList<>();
        for (int offset = 0; offset < 12; offset += 4) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    query + "&offset=" + offset + "&limit=4")).header("Authorization", ApiAccess.bearer(tokens, Role.MANAGER))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.headers().firstValue("X-Total-Count")).hasValue("10");
            pages.add(page.body());
        }
        // 4 + 4 + 2 of the 10, each once, in the order of the whole list.
        assertThat(pages.stream().mapToInt(p -> p.split("\\{\"visitId\"", -1).length - 1)).containsExactly(4, 4, 2);
        String whole = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(query))
                .header("Authorization", ApiAccess.bearer(tokens, Role.MANAGER)).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(String.join(",", pages).replace("],[", ",")).isEqualTo(whole);
        for (String bad : List.of("&limit=0", "&limit=501", "&limit=ten", "&offset=-1")) {
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(query + bad))
                    .header("Authorization", ApiAccess.bearer(tokens, Role.MANAGER)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(refused.body()).as(bad).contains("\"field\":\"" + (bad.contains("limit") ? "limit" : "offset") + "\"");
        }
    }

    @Test
    void the_report_downloads_as_a_pdf_for_the_meeting() throws Exception {
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/reports/comparison.pdf?from=2026-02-10&to=2026-02-11&lang=en&advisor=" + ville.username()))
                .header("Authorization", ApiAccess.bearer(tokens, Role.MANAGER))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = new PdfTextExtractor(new PdfReader(pdf.body()))
                .getTextFromPage(1).replaceAll("[\\u00a0 ]+", " ");
        assertThat(text).contains("Work on Invoice & handover: checks say 100 % done, customers satisfied 0 % — a blind spot",
                "Blind spot", "100 % (n 10)", "95 % interval", "10.2.2026 – 11.2.2026", "In the flow 100 % (n 10;");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .contains("quality-report-2026-02-10-to-2026-02-11.pdf"));
        // Every letter and sign in an embedded font: no font left to the reader's machine.
        assertThat(new PdfReader(pdf.body()).getNumberOfPages()).as("one page for the meeting")
                .isEqualTo(1);
        String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("/FontFile2", "DejaVuSans").doesNotContain("/Helvetica");
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + pathAndQuery))
                .header("Authorization", ApiAccess.bearer(tokens, Role.MANAGER)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void both_dates_of_the_period_are_inclusive_and_said_back_as_asked() throws Exception {
        // Ville's visits are all on 10 February: a report of that one day holds them, one ending the 9th does not.
        String oneDay = get("/api/v1/reports/comparison?from=2026-02-10&to=2026-02-10&advisor=" + ville.username()).body();
        assertThat(oneDay).contains("\"from\":\"2026-02-10\",\"to\":\"2026-02-10\"");
        assertThat(themeRow(oneDay, "HANDOVER")).contains("\"objective\":{\"rate\":1.0,\"n\":10",
                "\"objectiveBySource\":{\"PROCESS\":{\"rate\":1.0,\"n\":10", "\"POST_INSPECTION\":{\"rate\":null,\"n\":0",
                "\"importancePoints\":null");
        assertThat(themeRow(get("/api/v1/reports/comparison?from=2026-02-01&to=2026-02-09&advisor=" + ville.username())
                .body(), "HANDOVER")).contains("\"objective\":{\"rate\":null,\"n\":0");
        HttpResponse<String> backwards = get("/api/v1/reports/comparison?from=2026-02-10&to=2026-02-09");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"to\"", "must not be before the start of the period");
        HttpResponse<String> bothBad = get("/api/v1/reports/comparison?from=yesterday&to=%2B999999999-12-31");
        assertThat(bothBad.statusCode()).isEqualTo(400);
        assertThat(bothBad.body()).contains("\"field\":\"from\"", "\"field\":\"to\"");
    }

    @Test
    void an_advisors_estimate_is_recorded_over_the_api_and_its_bias_read_from_the_report() throws Exception {
        // On 10 March Ville expects his customer to be satisfied (5); the customer answers 3: bias +2 over 1 visit.
        long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, ville, Staff.technician(people),
                Instant.parse("2026-03-10T08:00:00Z"));
        Function<String, HttpResponse<String>> estimate = json -> {
            try {
                return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL()
                        + "/api/v1/visits/" + visit + "/staff-estimate")).header("Content-Type", "application/json")
                        .header("Authorization", ApiAccess.bearer(tokens, Role.ADVISOR))
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        HttpResponse<String> bad = estimate.apply("{\"estimate\": 9, \"advisor\": \"nobody-at-all\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"estimate\"", "\"field\":\"advisor\"");
        assertThat(estimate.apply("{\"estimate\": 5}").statusCode()).isEqualTo(201);
        assertThat(estimate.apply("{\"estimate\": 4}").body()).as("one estimate a visit").contains("already recorded");
        surveys.submit(invitations.ofVisit(visit).get(0).token(), new SurveyAnswers(3, 7, Map.of(), null, false), "fi");

        assertThat(get("/api/v1/reports/comparison?from=2026-03-10&to=2026-03-10&advisor=" + ville.username()).body())
                .contains("\"estimateBias\":[{\"advisor\":\"" + ville.username() + "\",\"n\":1,\"meanDifference\":2.0}]");
    }
}
