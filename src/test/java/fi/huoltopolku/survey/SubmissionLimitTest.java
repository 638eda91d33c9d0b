package fi.huoltopolku.survey;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.ApiAccess;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The customer's pages limit what guessing links needs (links that do not work, per address), not
 * customers answering their own links from one address (a lounge kiosk, a carrier's shared
 * address), and an integration's API token has its own quota. Each test runs on its own day of the
 * workshop clock, later days in the order the tests run, so one test's refusals never carry into another.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@MicronautTest(transactional = false)
@Property(name = "huoltopolku.survey.submissions-per-window", value = "3")
class SubmissionLimitTest {

    @Inject EmbeddedServer server;
    @Inject WorkshopClock clock;
    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject InvitationService invitations;
    @Inject ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void onDay(int day) {
        clock.use(Clock.fixed(TestTime.START.plus(Duration.ofDays(day)), ZoneOffset.UTC));
    }

    private HttpResponse<String> post() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/survey/some-token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("overall=5")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> answer(String token, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/surveys/" + token))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"overall\": 4, \"nps\": 8}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> openSurveys(int count) {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        List<String> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            links.add(invitations.invite(Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician)).token());
        }
        return links;
    }

    @Test
    @Order(3)
    void repeated_links_that_do_not_work_from_one_address_are_slowed_down_with_a_friendly_page() throws Exception {
        onDay(10);
        assertThat(post().statusCode()).isEqualTo(404);
        assertThat(post().statusCode()).isEqualTo(404);
        assertThat(post().statusCode()).isEqualTo(404);
        HttpResponse<String> fourth = post();
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body()).contains("Hetki, ole hyvä");
        // The JSON API counts with the form: no way around the limit.
        HttpResponse<String> json = answer("some-token", null);
        assertThat(json.statusCode()).isEqualTo(429);
        assertThat(json.body()).startsWith("{\"error\":\"TOO_MANY_REQUESTS\"");
        // A new day, a new window: the address may try again.
        onDay(11);
        assertThat(post().statusCode()).isEqualTo(404);
    }

    @Test
    @Order(1)
    void thirty_customers_answering_their_own_links_from_one_shared_address_are_all_accepted() throws Exception {
        List<String> links = openSurveys(30);
        onDay(3);
        for (String link : links) {
            assertThat(answer(link, null).statusCode()).as("customer's own link").isEqualTo(201);
        }
        // Their answers cost the address nothing: a link that does not work is still only a 404.
        assertThat(answer("no-such-link", null).statusCode()).isEqualTo(404);
        // An answered link sent again counts as one that does not work.
        for (int i = 0; i < 2; i++) {
            assertThat(answer(links.get(i), null).statusCode()).isEqualTo(410);
        }
        assertThat(answer("no-such-link", null).statusCode()).isEqualTo(429);
    }

    @Test
    @Order(2)
    void thirty_answers_imported_with_an_api_token_in_a_minute_are_all_accepted() throws Exception {
        List<String> links = openSurveys(30);
        String bearer = ApiAccess.bearer(tokens, Role.ADVISOR);
        onDay(4);
        for (int i = 0; i < 3; i++) {
            answer("unknown-" + i, null);
        }
        // The anonymous flood from this address is refused; the integration's own quota is not touched.
        assertThat(answer("unknown-x", null).statusCode()).isEqualTo(429);
        for (String link : links) {
            assertThat(answer(link, bearer).statusCode()).as("imported answer").isEqualTo(201);
        }
    }

    @Test
    void a_body_over_the_surveys_cap_is_refused_before_it_is_read() throws Exception {
        HttpResponse<String> big = http.send(HttpRequest.newBuilder(
                URI.create(server.getURL() + "/api/v1/surveys/some-token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"comment\": \"" + "x".repeat(100_000) + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).startsWith("{\"error\":\"TOO_LARGE\"");
    }
}
