package fi.huoltopolku.security;

import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Staff;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** Over HTTP: the session at sign-in and sign-out, its cookie, and the API tokens' whole life. */
@MicronautTest(transactional = false)
class SignInAndTokensTest {

    private static final Actor ADMIN = Actor.integration("test admin");
    private static final String REPORT = "/api/v1/reports/comparison?from=2026-01-01&to=2026-01-02";

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject ApiTokenService tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path));
        if (header != null) {
            request.header(header, value);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionId(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).findFirst().orElse(null);
    }

    @Test
    void signing_in_gives_a_new_session_id_and_signing_out_ends_the_session() throws Exception {
        String name = "mgr" + Staff.next();
        accounts.create(name, "Manager " + name, Department.RECEPTION, Set.of(Role.MANAGER), "manager password", ADMIN);
        HttpResponse<String> form = get("/login", null, null);
        String before = sessionId(form);
        assertThat(before).isNotNull();
        assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));

        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                .header("Cookie", "JSESSIONID=" + before)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + name + "&password=manager+password")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        String after = sessionId(signedIn);
        assertThat(after).isNotNull().isNotEqualTo(before);

        // The screens' downloads go with the session; the old session id is worth nothing.
        assertThat(get(REPORT.replace("comparison", "comparison.csv"), "Cookie", "JSESSIONID=" + after).statusCode())
                .isEqualTo(200);
        assertThat(get(REPORT, "Cookie", "JSESSIONID=" + before).statusCode()).isEqualTo(401);

        // A link to /logout (from anywhere) does not sign out; a post from another site is refused.
        get("/logout", "Cookie", "JSESSIONID=" + after);
        assertThat(get(REPORT, "Cookie", "JSESSIONID=" + after).statusCode()).isEqualTo(200);
        assertThat(post("/logout", "", "JSESSIONID=" + after, "https://evil.example").statusCode()).isEqualTo(403);
        assertThat(get(REPORT, "Cookie", "JSESSIONID=" + after).statusCode()).isEqualTo(200);
        // The sign-out button posts from our own page.
        HttpResponse<String> out = post("/logout", "", "JSESSIONID=" + after, server.getURL().toString());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(get(REPORT, "Cookie", "JSESSIONID=" + after).statusCode()).isEqualTo(401);
    }

    @Test
    void a_page_of_another_site_cannot_sign_a_visitor_in_as_someone_else() throws Exception {
        String name = "csrf" + Staff.next();
        accounts.create(name, "Manager " + name, Department.RECEPTION, Set.of(Role.MANAGER), "manager password", ADMIN);
        HttpResponse<String> forged = post("/login", "username=" + name + "&password=manager+password", null,
                "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(sessionId(forged)).isNull();
        HttpResponse<String> own = post("/login", "username=" + name + "&password=manager+password", null,
                server.getURL().toString());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(sessionId(own)).isNotNull();
    }

    @Test
    void every_page_and_answer_stays_out_of_other_sites_frames_and_is_not_sniffed() throws Exception {
        for (String path : new String[] {"/login", REPORT, "/api/health"}) {
            HttpResponse<String> answer = get(path, null, null);
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue("frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    private HttpResponse<String> post(String path, String form, String cookie, String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_wrong_password_goes_back_to_the_form_without_a_session() throws Exception {
        HttpResponse<String> failed = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=nothing+at+all")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(failed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void an_api_token_is_shown_once_stored_hashed_scoped_to_its_role_recorded_when_used_and_revocable() throws Exception {
        ApiTokenService.Created manager = tokens.create("BI export " + Staff.next(), Role.MANAGER, ADMIN);
        assertThat(manager.secret()).startsWith("hp_").hasSizeGreaterThan(40);
        assertThat(manager.token().tokenHash()).isNotEqualTo(manager.secret()).hasSize(64);
        assertThat(manager.token().lastUsedAt()).isNull();
        assertThat(tokens.all()).filteredOn(t -> t.id().equals(manager.token().id()))
                .allSatisfy(t -> assertThat(t.toString()).doesNotContain(manager.secret()));

        assertThat(get(REPORT, "Authorization", "Bearer " + manager.secret()).statusCode()).isEqualTo(200);
        assertThat(tokens.all()).filteredOn(t -> t.id().equals(manager.token().id()))
                .singleElement().satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

        ApiTokenService.Created rig = tokens.create("Alignment rig " + Staff.next(), Role.TECHNICIAN, ADMIN);
        HttpResponse<String> wrongRole = get(REPORT, "Authorization", "Bearer " + rig.secret());
        assertThat(wrongRole.statusCode()).isEqualTo(403);
        assertThat(wrongRole.body()).contains("\"error\":\"FORBIDDEN\"");

        HttpResponse<String> none = get(REPORT, null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(get(REPORT, "Authorization", "Bearer hp_not-a-real-token").statusCode()).isEqualTo(401);

        tokens.revoke(manager.token().id(), ADMIN);
        assertThat(get(REPORT, "Authorization", "Bearer " + manager.secret()).statusCode()).isEqualTo(401);
    }

    @Test
    void the_survey_stays_public_its_token_is_the_credential() throws Exception {
        HttpResponse<String> unknown = get("/survey/no-such-token", null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("<html");
    }
}
