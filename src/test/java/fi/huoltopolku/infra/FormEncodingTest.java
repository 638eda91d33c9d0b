package fi.huoltopolku.infra;

import fi.huoltopolku.approval.ApprovalRequest;
import fi.huoltopolku.approval.ApprovalService;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyResponse;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.HoldReason;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Urgency;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every HTML form the app takes, posted the way a browser posts it: the page's UTF-8 bytes as
 * {@code application/x-www-form-urlencoded} with no charset named. The text arrives as typed.
 */
@MicronautTest(transactional = false)
class FormEncodingTest {

    static final String TYPED = "Jäähdytin vuotaa yhä, å € 🚗";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject EmbeddedServer server;
    @Inject VisitService visits;
    @Inject ExtraWorkService extraWork;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject InvitationService invitations;
    @Inject SurveyService surveys;
    @Inject FeedbackService feedback;
    @Inject ApprovalService approvals;
    @Inject AccountService accounts;

    /** A browser's post: UTF-8 bytes, percent-encoded, and a Content-Type without a charset. */
    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.US_ASCII))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String surveyToken() {
        long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, Staff.advisor(people), Staff.technician(people));
        return invitations.ofVisit(visit).get(0).token();
    }

    @Test
    void a_survey_comment_posted_by_a_browser_is_stored_as_typed_and_finds_its_theme() throws Exception {
        long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, Staff.advisor(people), Staff.technician(people));
        String token = invitations.ofVisit(visit).get(0).token();
        assertThat(get("/survey/" + token).body()).contains("<meta charset=\"utf-8\">", "accept-charset=\"UTF-8\"");

        HttpResponse<String> answered = post("/survey/" + token,
                Map.of("overall", "2", "comment", TYPED + ". Lisätöistä ei kerrottu"));

        assertThat(answered.statusCode()).isEqualTo(200);
        SurveyResponse stored = surveys.responses(visit).get(0);
        assertThat(stored.comment()).isEqualTo(TYPED + ". Lisätöistä ei kerrottu");
        assertThat(feedback.ofVisit(visit)).singleElement().satisfies(c -> {
            assertThat(c.comment()).isEqualTo(TYPED + ". Lisätöistä ei kerrottu");
            assertThat(c.suggestedTags()).contains("EXTRA_WORK");
        });
    }

    @Test
    void a_survey_form_sent_back_with_a_problem_shows_the_comment_as_typed() throws Exception {
        String token = surveyToken();
        HttpResponse<String> refused = post("/survey/" + token, Map.of("lang", "en", "comment", TYPED));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).containsIgnoringCase("charset=utf-8"));
        assertThat(refused.body()).contains(">" + TYPED + "</textarea>", "accept-charset=\"UTF-8\"");
    }

    @Test
    void the_approval_page_declares_utf_8_and_takes_a_browsers_answer() throws Exception {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long id = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, technician);
        long line = extraWork.flagExtraWork(id, "Jäähdytin vuotaa", "Letku haljennut", Urgency.SAFETY, technician.asActor());
        visits.hold(id, visits.find(id).getVersion(), HoldReason.WAITING_FOR_APPROVAL, null, technician.asActor());
        ApprovalRequest request = approvals.send(id, Map.of(line, new BigDecimal("120.00")), advisor.asActor());

        HttpResponse<String> page = get("/approve/" + request.token());
        assertThat(page.body()).contains("<meta charset=\"utf-8\">", "accept-charset=\"UTF-8\"", "Jäähdytin vuotaa");
        // A browser sends every field of the page in its encoding: the language and the choices.
        HttpResponse<String> answered = post("/approve/" + request.token(),
                Map.of("lang", "fi", "line-" + line, "APPROVED"));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("Kiitos");
        assertThat(overview.extraWork(id)).extracting(ExtraWork::decision).containsExactly(Decision.APPROVED);
    }

    @Test
    void a_password_with_finnish_letters_signs_in_from_the_browsers_form() throws Exception {
        String name = "aija" + Staff.next();
        accounts.create(name, "Äijä Öljynen", Department.RECEPTION, Set.of(Role.MANAGER), "sala-äöå € 🚗 sana",
                Actor.integration("test admin"));

        HttpResponse<String> signedIn = post("/login", Map.of("username", name, "password", "sala-äöå € 🚗 sana"));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/")
                .doesNotContain("error"));
    }
}
