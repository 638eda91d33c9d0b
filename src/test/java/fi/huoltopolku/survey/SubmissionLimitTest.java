package fi.huoltopolku.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "huoltopolku.survey.submissions-per-window", value = "3")
class SubmissionLimitTest {

    @Inject EmbeddedServer server;

    private HttpResponse<String> post() throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/survey/some-token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("overall=5")).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void repeated_submissions_from_one_address_are_slowed_down_with_a_friendly_page() throws Exception {
        assertThat(post().statusCode()).isEqualTo(404);
        assertThat(post().statusCode()).isEqualTo(404);
        assertThat(post().statusCode()).isEqualTo(404);
        HttpResponse<String> fourth = post();
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body()).contains("Hetki, ole hyvä");
        // The JSON API counts with the form: no way around the limit.
        HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/api/v1/surveys/some-token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"overall\": 5}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(429);
        assertThat(json.body()).startsWith("{\"error\":\"TOO_MANY_REQUESTS\"");
    }

    @Test
    void a_body_over_the_surveys_cap_is_refused_before_it_is_read() throws Exception {
        HttpResponse<String> big = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/api/v1/surveys/some-token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"comment\": \"" + "x".repeat(100_000) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).startsWith("{\"error\":\"TOO_LARGE\"");
    }
}
