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
    }
}
