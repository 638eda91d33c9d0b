package fi.huoltopolku.quality.api;

import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.BeforeAfter;
import fi.huoltopolku.quality.ImprovementService;
import fi.huoltopolku.quality.TrendPoint;
import fi.huoltopolku.quality.TrendService;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.ApiAccess;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme's trend, its p-chart and the improvement actions over the API carry the same figures as
 * the services behind the screens. Seeded: one advisor, six visits on 10 March 2026 whose customers
 * rate invoice & handover 5, six on 7 April rating it 2 (the in-flow handover check is ticked on all).
 * <pre>
 * March: customers 6 of 6 satisfied; April: 0 of 6.
 * p-chart over Mar–Apr: centre 6 / 12 = 0.5; each month's limits 0.5 ± 3 √(0.25 / 6) = 0.5 ± 0.6124 → [0, 1]:
 * neither month is outside (a month of 6 answers is too few to tell a signal).
 * </pre>
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityApiTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject ApiTokenService tokens;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject SurveyService surveys;
    @Inject InvitationService invitations;
    @Inject TrendService trends;
    @Inject ImprovementService improvements;

    Person advisor;

    @BeforeAll
    void seed() {
        advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        for (int i = 0; i < 6; i++) {
            for (String day : new String[] {"2026-03-10T06:00:00Z", "2026-04-07T06:00:00Z"}) {
                long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician,
                        Instant.parse(day).plus(i * 20L, ChronoUnit.MINUTES));
                surveys.submit(invitations.ofVisit(visit).get(0).token(),
                        new SurveyAnswers(4, 8, Map.of("HANDOVER", day.startsWith("2026-03") ? 5 : 2), null, false), "fi");
            }
        }
    }

    private HttpResponse<String> call(String method, String path, String body, Role role) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", ApiAccess.bearer(tokens, role)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(String body) throws Exception {
        return json.readValue(body, JsonNode.class);
    }

    private FigureFilter marchToApril() {
        // 1 March to 30 April 2026, both inclusive, in the workshop's zone (Europe/Helsinki, +02:00 then +03:00).
        return FigureFilter.period(Instant.parse("2026-02-28T22:00:00Z"), Instant.parse("2026-04-30T21:00:00Z"))
                .advisor(advisor.id());
    }

    @Test
    void a_themes_monthly_trend_carries_the_services_figures_with_n() throws Exception {
        HttpResponse<String> answer = call("GET", "/api/v1/reports/themes/handover/trend?from=2026-03-01&to=2026-04-30"
                + "&advisor=" + advisor.username(), null, Role.MANAGER);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode trend = read(answer.body());
        assertThat(trend.get("theme").getStringValue()).isEqualTo("HANDOVER");
        List<TrendPoint> expected = trends.trend(marchToApril(), "HANDOVER", TrendService.Step.MONTH);
        assertThat(trend.get("months").size()).isEqualTo(2);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode month = trend.get("months").get(i);
            assertThat(month.get("subjective").get("n").getLongValue()).isEqualTo(expected.get(i).subjective().n());
            assertThat(month.get("subjective").get("rate").getDoubleValue()).isEqualTo(expected.get(i).subjective().rate());
            assertThat(month.get("objective").get("n").getLongValue()).isEqualTo(expected.get(i).objective().n());
        }
        // Worked by hand: March 6 of 6 satisfied, April 0 of 6.
        assertThat(trend.get("months").get(0).get("month").getStringValue()).isEqualTo("2026-03");
        assertThat(trend.get("months").get(0).get("subjective").get("rate").getDoubleValue()).isEqualTo(1.0);
        assertThat(trend.get("months").get(1).get("subjective").get("rate").getDoubleValue()).isEqualTo(0.0);
        assertThat(trend.get("months").get(1).get("subjective").get("n").getLongValue()).isEqualTo(6);
    }

    @Test
    void a_themes_p_chart_is_the_screens_with_the_workshops_own_centre_line() throws Exception {
        JsonNode chart = read(call("GET", "/api/v1/reports/themes/HANDOVER/control-chart?to=2026-04-30&advisor="
                + advisor.username(), null, Role.MANAGER).body());
        TrendService.ControlYear year = trends.controlYear(marchToApril(), "HANDOVER");
        assertThat(chart.get("months").size()).isEqualTo(12);
        assertThat(chart.get("months").get(11).get("month").getStringValue()).isEqualTo("2026-04");
        assertThat(chart.get("centre").getDoubleValue()).isEqualTo(year.chart().centre()).isEqualTo(0.5);
        // 0.5 ± 3 √(0.5 × 0.5 / 6) = 0.5 ± 0.612: cut to [0, 1]; neither month outside.
        JsonNode april = chart.get("months").get(11);
        assertThat(april.get("n").getLongValue()).isEqualTo(6);
        assertThat(april.get("lower").getDoubleValue()).isEqualTo(0.0);
        assertThat(april.get("upper").getDoubleValue()).isEqualTo(1.0);
        assertThat(chart.get("signals").getLongValue()).isEqualTo(year.chart().signals()).isZero();
        assertThat(chart.get("chart").getStringValue()).as("two months: too few for Laney").isEqualTo("P_CHART");
        assertThat(chart.get("sigmaZ").getDoubleValue()).isEqualTo(year.chart().sigmaZ());
        assertThat(chart.get("months").get(0).get("rate").isNull()).as("a month without answers has no rate").isTrue();
    }

    @Test
    void an_improvement_action_starts_and_lists_with_its_before_and_after_per_side() throws Exception {
        HttpResponse<String> started = call("POST", "/api/v1/improvements", "{\"theme\":\"handover\",\"whatChanges\":"
                + "\"Walk every customer through the invoice\",\"owner\":\"" + advisor.username()
                + "\",\"startDate\":\"2026-04-01\"}", Role.MANAGER);
        assertThat(started.statusCode()).isEqualTo(201);
        JsonNode action = read(started.body());
        long id = action.get("id").getLongValue();
        assertThat(action.get("theme").getStringValue()).isEqualTo("HANDOVER");
        assertThat(action.get("owner").getStringValue()).isEqualTo(advisor.username());
        assertThat(action.get("status").getStringValue()).isEqualTo("PLANNED");
        BeforeAfter figures = improvements.beforeAfter(id);
        JsonNode customers = action.get("subjective");
        assertThat(customers.get("before").get("n").getLongValue()).isEqualTo(figures.subjectiveBefore().n());
        assertThat(customers.get("after").get("n").getLongValue()).isEqualTo(figures.subjectiveAfter().n());
        assertThat(customers.get("verdict").getStringValue()).isEqualTo(figures.subjective().verdict().name());
        assertThat(action.get("windowDays").getIntValue()).isEqualTo(90);

        JsonNode listed = read(call("GET", "/api/v1/improvements", null, Role.FOREMAN).body());
        List<Long> ids = new ArrayList<>();
        listed.values().forEach(a -> ids.add(a.get("id").getLongValue()));
        assertThat(ids).contains(id);
        assertThat(call("GET", "/api/v1/improvements/" + id, null, Role.MANAGER).body()).isEqualTo(started.body());
        assertThat(call("GET", "/api/v1/improvements/999999", null, Role.MANAGER).statusCode()).isEqualTo(404);
    }

    @Test
    void a_technician_is_refused_and_bad_input_is_named_field_by_field() throws Exception {
        assertThat(call("GET", "/api/v1/improvements", null, Role.TECHNICIAN).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/v1/improvements", "{}", Role.TECHNICIAN).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/reports/themes/HANDOVER/trend", null, Role.TECHNICIAN).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/api/v1/reports/themes/HANDOVER/control-chart", null, Role.FOREMAN).statusCode())
                .isEqualTo(403);

        HttpResponse<String> bad = call("POST", "/api/v1/improvements", "{\"theme\":\"NOSUCH\",\"whatChanges\":\" \","
                + "\"owner\":\"nobody-here\",\"startDate\":\"2026-13-40\"}", Role.MANAGER);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"theme\"", "\"field\":\"whatChanges\"", "\"field\":\"owner\"",
                "\"field\":\"startDate\"").doesNotContain("Exception", "java.");
        HttpResponse<String> badTheme = call("GET", "/api/v1/reports/themes/NOSUCH/trend", null, Role.MANAGER);
        assertThat(badTheme.statusCode()).isEqualTo(400);
        assertThat(badTheme.body()).contains("\"field\":\"theme\"");
        HttpResponse<String> badDate = call("GET", "/api/v1/reports/themes/HANDOVER/control-chart?to=yesterday",
                null, Role.MANAGER);
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"field\":\"to\"");
    }
}
