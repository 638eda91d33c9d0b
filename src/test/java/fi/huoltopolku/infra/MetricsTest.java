package fi.huoltopolku.infra;

import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.Staff;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Operations read the metrics with a manager's token; requests are counted by route. */
@MicronautTest(transactional = false)
class MetricsTest {

    private static final Actor ADMIN = Actor.integration("test admin");

    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metrics_answer_only_a_managers_token_and_count_requests_by_route() throws Exception {
        String manager = tokens.create("Prometheus " + Staff.next(), Role.MANAGER, ADMIN).secret();
        String rig = tokens.create("Rig " + Staff.next(), Role.TECHNICIAN, ADMIN).secret();
        HttpResponse<String> anonymous = get("/api/prometheus", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("\"error\"").doesNotContain("Exception");
        assertThat(get("/api/prometheus", rig).statusCode()).isEqualTo(403);

        double pagesBefore = count(get("/api/prometheus", manager).body(), "page", "2xx");
        for (int i = 0; i < 3; i++) {
            assertThat(get("/login", null).statusCode()).isEqualTo(200);
        }
        assertThat(get("/api/v1/nothing-here-" + Staff.next(), null).statusCode()).isEqualTo(404);
        HttpResponse<String> metrics = get("/api/prometheus", manager);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(count(metrics.body(), "page", "2xx")).isEqualTo(pagesBefore + 3);
        assertThat(count(metrics.body(), "api", "4xx")).as("the refused scrapes and the unknown address")
                .isGreaterThanOrEqualTo(3);
        assertThat(metrics.body()).contains("huoltopolku_requests_seconds_bucket{", "le=\"0.05\"",
                "huoltopolku_screens_open", "jvm_memory_used_bytes", "hikaricp_connections_active");
    }

    @Test
    void every_answer_names_its_request_and_keeps_a_callers_plain_id() throws Exception {
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                .header("X-Request-Id", "lb-0a1b:2c_3d").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> hostile = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/health"))
                .header("X-Request-Id", "<script>alert(1)</script>").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> none = get("/api/v1/nothing-here-" + Staff.next(), null);

        assertThat(plain.headers().firstValue("X-Request-Id")).contains("lb-0a1b:2c_3d");
        assertThat(hostile.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
        assertThat(none.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{16}"));
    }

    @Test
    void an_api_controllers_log_lines_carry_the_requests_id_though_it_answers_on_another_thread() throws Exception {
        String manager = tokens.create("Probe " + Staff.next(), Role.MANAGER, ADMIN).secret();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/test-request-id"))
                    .header("Authorization", "Bearer " + manager).header("X-Request-Id", "probe-" + i).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("probe-" + i);
        }
        HttpResponse<String> fresh = get("/api/v1/test-request-id", manager);
        assertThat(fresh.body()).isEqualTo(fresh.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void the_backlogs_are_gauges() throws Exception {
        String manager = tokens.create("Backlogs " + Staff.next(), Role.MANAGER, ADMIN).secret();
        String metrics = get("/api/prometheus", manager).body();
        assertThat(metrics).contains("huoltopolku_rollups_backlog_marks ", "huoltopolku_rollups_backlog_days ",
                "huoltopolku_outbox_unsent{status=\"recorded\"}", "huoltopolku_outbox_unsent{status=\"failed\"}");
    }

    @Test
    void the_open_screens_gauge_is_a_number_while_screens_are_open_without_touching_a_sessions_state() throws Exception {
        String manager = tokens.create("Screens " + Staff.next(), Role.MANAGER, ADMIN).secret();
        // A browser opens a screen: the page's first round trip creates its UI in a new session. Reading
        // that session's screens without its lock is what made the gauge fail (NaN) before.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> opened = browser.send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/?v-r=init&location=login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(opened.statusCode()).isEqualTo(200);

        assertThat(screensOpen(get("/api/prometheus", manager).body())).as("a number, not NaN")
                .isNotNaN().isGreaterThanOrEqualTo(0);
    }

    private static double screensOpen(String metrics) {
        Matcher found = Pattern.compile("(?m)^huoltopolku_screens_open (\\S+)").matcher(metrics);
        assertThat(found.find()).as("the gauge huoltopolku_screens_open").isTrue();
        return Double.parseDouble(found.group(1));
    }

    private static double count(String metrics, String route, String outcome) {
        Matcher found = Pattern.compile("huoltopolku_requests_seconds_count\\{[^}]*outcome=\"" + outcome
                + "\",route=\"" + route + "\"[^}]*} (\\S+)").matcher(metrics);
        return found.find() ? Double.parseDouble(found.group(1)) : 0;
    }
}
