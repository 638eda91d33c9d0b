package fi.huoltopolku.survey;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.ApiAccess;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

@Property(name = "huoltopolku.public-url", value = "http://localhost:8080") // the default (the test configuration sets another)
@MicronautTest(transactional = false)
class SurveyTest {

    /** The workshop's name and contact (config/application.yml), the number to tap on a phone. */
    private static final String CONTACT = "<p class=\"contact\" id=\"contact\"><strong>Huoltopolku Demo Autohuolto</strong>"
            + "<br><a href=\"tel:+35891234567\">+358 9 123 4567</a>, <a href=\"mailto:huolto@example.com\">huolto@example.com</a></p>";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;

    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject InvitationService invitations;
    @Inject SurveyService surveys;
    @Inject CustomerService customers;
    @Inject WorkshopClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long handedOver() {
        Person advisor = Staff.advisor(people);
        return Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, Staff.technician(people));
    }

    private String token(long visitId) {
        return invitations.ofVisit(visitId).get(0).token();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", ApiAccess.bearer(tokens, Role.ADVISOR)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", ApiAccess.bearer(tokens, Role.ADVISOR))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", ApiAccess.bearer(tokens, Role.ADVISOR))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void tokens_are_long_url_safe_and_never_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String token = Outbox.newToken();
            assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+"); // 32 random bytes = 256 bits
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void handover_invites_the_customer_once_with_a_message_in_the_outbox() throws Exception {
        long visit = handedOver();
        assertThat(invitations.ofVisit(visit)).hasSize(1);
        // The invitation, beside the status messages (checked in, ready for pickup).
        assertThat(invitations.outbox(visit)).extracting(OutboxMessage::channel).containsOnly(MessageChannel.SMS);
        assertThat(invitations.outbox(visit)).filteredOn(m -> m.body().contains("/survey/")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("/survey/•••").doesNotContain(token(visit)));

        HttpResponse<String> first = postJson("/api/v1/visits/" + visit + "/survey-invitations", "{}");
        HttpResponse<String> second = postJson("/api/v1/visits/" + visit + "/survey-invitations", "{}");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("\"token\":\"" + token(visit) + "\"", "\"url\":\"http://localhost:8080/survey/",
                "\"expiresAt\":\"");
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void a_customer_who_declined_contact_gets_no_message_but_the_invitation_still_prints() {
        Person advisor = Staff.advisor(people);
        long visit = Journeys.upTo(Stage.READY, visits, checks, advisor, Staff.technician(people));
        customers.setContactDeclined(visits.find(visit).getCustomerId(), true);
        int before = invitations.outbox(visit).size();
        Checks.answerMandatory(checks, visit, Stage.READY, advisor.asActor());
        visits.move(visit, visits.find(visit).getVersion(), Stage.FOLLOW_UP, null, advisor.asActor());
        assertThat(invitations.ofVisit(visit)).hasSize(1);
        assertThat(invitations.outbox(visit)).hasSize(before);
    }

    @Test
    void the_survey_page_is_plain_light_html_and_a_plain_http_post_answers_it_once() throws Exception {
        long visit = handedOver();
        String token = token(visit);
        HttpResponse<String> page = get("/survey/" + token + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"en\">", "Overall, how satisfied were you?",
                "Reception &amp; listening", "Work quality (fixed right first time)", "name=\"r_CARE\"",
                "<label for=\"comment\">", "name=\"nps\"")
                .doesNotContain("<script", "Invoice &amp; handover\u0000");
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(60 * 1024);

        HttpResponse<String> answered = post("/survey/" + token, Map.of("lang", "en", "overall", "2", "r_CARE", "1",
                "nps", "3", "comment", "Grease on the seat", "consent", "yes"));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Thank you!");
        SurveyResponse stored = surveys.responses(visit).get(0);
        assertThat(stored.overall()).isEqualTo(2);
        assertThat(stored.nps()).isEqualTo(3);
        assertThat(stored.comment()).isEqualTo("Grease on the seat");
        assertThat(stored.contactConsent()).isTrue();
        assertThat(stored.source()).isEqualTo(ResponseSource.SURVEY);

        HttpResponse<String> again = post("/survey/" + token, Map.of("overall", "5"));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("Tähän kyselyyn on jo vastattu", "+358 9 123 4567");
        assertThat(surveys.responses(visit)).hasSize(1);
    }

    @Test
    void bad_values_bring_the_form_back_with_the_input_kept_and_the_problem_named() throws Exception {
        long visit = handedOver();
        String token = token(visit);
        HttpResponse<String> missing = post("/survey/" + token, Map.of("lang", "en", "r_CARE", "4",
                "comment", "<script>alert(1)</script>"));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("role=\"alert\"", "please choose how satisfied you were overall",
                "&lt;script&gt;alert(1)&lt;/script&gt;</textarea>", "id=\"r_CARE_4\" name=\"r_CARE\" value=\"4\" checked")
                .doesNotContain("<script>alert(1)");

        HttpResponse<String> outOfRange = post("/survey/" + token, Map.of("lang", "en", "overall", "9"));
        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(outOfRange.body()).contains("must be between 1 and 5");
        assertThat(surveys.responses(visit)).isEmpty();
    }

    @Test
    void unknown_and_expired_links_get_a_friendly_page_not_an_error() throws Exception {
        assertThat(get("/survey/not-a-real-token").statusCode()).isEqualTo(404);
        assertThat(get("/survey/not-a-real-token").body()).contains("Tämä linkki ei avaa kyselyä",
                CONTACT);
        long visit = handedOver();
        clock.use(Clock.fixed(clock.now().plus(Duration.ofDays(31)), ZoneOffset.UTC));
        HttpResponse<String> expired = get("/survey/" + token(visit) + "?lang=en");
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("This survey has closed", "contact us directly",
                CONTACT);
    }

    @Test
    void the_json_submission_takes_theme_codes_and_refuses_bad_values_naming_the_field() throws Exception {
        long visit = handedOver();
        String token = token(visit);
        HttpResponse<String> bad = postJson("/api/v1/surveys/" + token, "{\"overall\": 0}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"overall\"");
        HttpResponse<String> unknownTheme = postJson("/api/v1/surveys/" + token,
                "{\"overall\": 4, \"ratings\": {\"NOPE\": 3}}");
        assertThat(unknownTheme.statusCode()).isEqualTo(400);

        HttpResponse<String> ok = postJson("/api/v1/surveys/" + token,
                "{\"overall\": 4, \"nps\": 9, \"ratings\": {\"TIMELINESS\": 5}, \"comment\": \"Fine\", \"contactConsent\": false}");
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(postJson("/api/v1/surveys/" + token, "{\"overall\": 4}").statusCode()).isEqualTo(410);
        assertThat(postJson("/api/v1/surveys/nope", "{\"overall\": 4}").statusCode()).isEqualTo(404);
    }
}
