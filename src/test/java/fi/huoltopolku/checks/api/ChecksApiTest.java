package fi.huoltopolku.checks.api;

import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.ApiAccess;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ChecksApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;


    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", ApiAccess.bearer(tokens, Role.ADVISOR))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long checkedInVisit(String plate) throws Exception {
        String body = send("POST", "/api/v1/visits", """
                {"customer": {"name": "Aino Virtanen", "phone": "+358401234567"},
                 "vehicle": {"plate": "%s", "make": "Skoda", "model": "Octavia"},
                 "requestedWork": "Service", "bookedAt": "2026-11-23T08:00:00Z", "promisedAt": "2026-11-23T15:00:00Z"}
                """.formatted(plate)).body();
        long id = Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        send("POST", "/api/v1/visits/" + id + "/transitions", "{\"to\": \"CHECKED_IN\"}");
        return id;
    }

    @Test
    void the_checks_of_a_visit_list_every_item_with_version_answer_and_source() throws Exception {
        long id = checkedInVisit("CHA-1");
        HttpResponse<String> answered = send("PUT", "/api/v1/visits/" + id + "/checks/CHK_WALKAROUND",
                "{\"answer\": \"YES\", \"comment\": \"Scratch on the rear bumper noted\"}");
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"code\":\"CHK_WALKAROUND\"", "\"answer\":\"YES\"", "\"source\":\"PROCESS\"",
                "\"answeredBy\":\"API\"", "\"comment\":\"Scratch on the rear bumper noted\"");

        HttpResponse<String> list = send("GET", "/api/v1/visits/" + id + "/checks", null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(
                "{\"code\":\"BOOK_CONTACT\",\"kind\":\"PROCESS\",\"stage\":\"BOOKED\",\"theme\":\"BOOKING\","
                        + "\"question\":\"Contact number confirmed with the customer\","
                        + "\"questionFi\":\"Yhteysnumero varmistettu asiakkaalta\",\"mandatory\":false,\"version\":1,"
                        + "\"answer\":null,\"source\":\"PROCESS\",\"answeredBy\":null,\"answeredAt\":null,"
                        + "\"comment\":null}",
                "\"code\":\"CHK_WALKAROUND\"", "\"mandatory\":true")
                .doesNotContain("WRK_COVERS");
    }

    @Test
    void a_bad_answer_an_unknown_item_or_a_wrong_stage_answers_400_naming_the_problem() throws Exception {
        long id = checkedInVisit("CHA-2");
        HttpResponse<String> maybe = send("PUT", "/api/v1/visits/" + id + "/checks/CHK_WALKAROUND", "{\"answer\": \"MAYBE\"}");
        assertThat(maybe.statusCode()).isEqualTo(400);
        assertThat(maybe.body()).contains("\"field\":\"answer\"", "must be YES, NO or NA");

        HttpResponse<String> unknown = send("PUT", "/api/v1/visits/" + id + "/checks/NOPE", "{\"answer\": \"YES\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"itemCode\"", "there is no check item NOPE");

        HttpResponse<String> early = send("PUT", "/api/v1/visits/" + id + "/checks/QC_FINAL_INSPECTION", "{\"answer\": \"YES\"}");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("QC_FINAL_INSPECTION belongs to Quality check; the visit is in Checked in");

        HttpResponse<String> derived = send("PUT", "/api/v1/visits/" + id + "/checks/DRV_READY_ON_TIME",
                "{\"answer\": \"YES\", \"source\": \"WORKSHOP_TEST\"}");
        assertThat(derived.statusCode()).isEqualTo(400);
    }

    @Test
    void the_mandatory_walkaround_holds_the_car_at_check_in_over_the_api_too() throws Exception {
        long id = checkedInVisit("CHA-3");
        HttpResponse<String> refused = send("POST", "/api/v1/visits/" + id + "/transitions", "{\"to\": \"IN_WORK\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Before the car leaves Checked in, answer: Walkaround done together with the customer");
        send("PUT", "/api/v1/visits/" + id + "/checks/CHK_WALKAROUND", "{\"answer\": \"NO\"}");
        assertThat(send("POST", "/api/v1/visits/" + id + "/transitions", "{\"to\": \"IN_WORK\"}").statusCode())
                .isEqualTo(200);
    }
}
