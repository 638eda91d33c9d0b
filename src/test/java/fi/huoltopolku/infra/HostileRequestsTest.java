package fi.huoltopolku.infra;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.ApiAccess;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.RawHttp;
import fi.huoltopolku.support.RawHttp.Answer;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import static org.assertj.core.api.Assertions.assertThat;

/** What a hostile outsider sends, one kind a test: refused by name, never a 5xx, never without the security headers. */
@MicronautTest(transactional = false)
class HostileRequestsTest {

    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;
    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject InvitationService invitations;
    @Inject AccountService accounts;

    private int port() {
        return server.getPort();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_body_in_a_charset_nobody_knows_is_refused_by_name_with_no_stack_trace_in_the_log() throws Exception {
        String survey = invitations.invite(Journeys.upTo(Stage.FOLLOW_UP, visits, checks, Staff.advisor(people),
                Staff.technician(people))).token();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            Answer api = RawHttp.send(port(), "POST /api/v1/visits HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                    + ApiAccess.bearer(tokens, Role.ADVISOR) + "\r\nContent-Type: application/json; charset=bogus",
                    utf8("{\"requestedWork\":\"Oil\"}"));
            assertThat(api.status()).isEqualTo(415);
            assertThat(api.body()).startsWith("{\"error\":\"UNSUPPORTED_MEDIA_TYPE\"").contains("charset");

            Answer form = RawHttp.send(port(), "POST /survey/" + survey + "?lang=en HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded; charset=bogus", utf8("overall=5"));
            assertThat(form.status()).isEqualTo(415);
            assertThat(form.header("Content-Type")).startsWith("text/html");
            assertThat(form.body()).contains("<html lang=\"en\"", "<h1>The form's character set (charset)");

            Answer finnish = RawHttp.send(port(), "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Language: fi\r\n"
                    + "Content-Type: application/x-www-form-urlencoded;charset=\"x-nothing\"", utf8("username=a"));
            assertThat(finnish.status()).isEqualTo(415);
            assertThat(finnish.body()).contains("<html lang=\"fi\"", "<h1>Lomakkeen merkistöä (charset)");
            for (Answer answer : new Answer[] {api, form, finnish}) {
                assertThat(answer.missingSecurityHeaders()).isEmpty();
            }
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).noneMatch(e -> e.getThrowableProxy() != null);
    }

    @Test
    void a_visit_that_does_not_exist_is_named_on_every_route_that_takes_an_id() throws Exception {
        String advisor = ApiAccess.bearer(tokens, Role.ADVISOR);
        String manager = ApiAccess.bearer(tokens, Role.MANAGER);
        String[][] routes = {
            {"POST", "/api/v1/visits/%s/staff-estimate", "{\"estimate\":4}", advisor},
            {"GET", "/api/v1/visits/%s", "", advisor},
            {"POST", "/api/v1/visits/%s/transitions", "{\"to\":\"CHECKED_IN\"}", advisor},
            {"PUT", "/api/v1/visits/%s/technician", "{\"technician\":\"%s\"}", advisor},
            {"GET", "/api/v1/visits/%s/checks", "", advisor},
            {"PUT", "/api/v1/visits/%s/checks/CHK_WALKAROUND", "{\"answer\":\"YES\",\"source\":\"PROCESS\"}", advisor},
            {"POST", "/api/v1/visits/%s/survey-invitations", "", advisor},
            {"GET", "/api/v1/improvements/%s", "", manager},
        };
        String technician = Staff.technician(people).username();
        for (String[] route : routes) {
            route[2] = route[2].replace("%s", technician);
            for (String id : new String[] {"99999999", "0", "-1", "9223372036854775807"}) {
                Answer answer = call(route, id);
                assertThat(answer.status()).as(route[1] + " " + id).isEqualTo(404);
                assertThat(answer.body()).as(route[1] + " " + id).contains("\"error\":\"NOT_FOUND\"", id);
            }
            for (String id : new String[] {"9223372036854775808", "abc", "1.5", "%00"}) {
                assertThat(call(route, id).status()).as(route[1] + " " + id).isEqualTo(400);
            }
        }
        assertThat(RawHttp.send(port(), "GET /approve/nothing/photos/-1 HTTP/1.1\r\nHost: 127.0.0.1").status())
                .isEqualTo(404);
    }

    private Answer call(String[] route, String id) throws Exception {
        return RawHttp.send(port(), route[0] + " " + route[1].formatted(id) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: " + route[3] + "\r\nContent-Type: application/json", utf8(route[2]));
    }

    @Test
    void dates_far_outside_sense_are_refused_naming_the_field_in_bodies_and_filters() throws Exception {
        String advisor = ApiAccess.bearer(tokens, Role.ADVISOR);
        String booking = """
                {"customer": {"name": "Aino Virtanen", "phone": "+358401234567"},
                 "vehicle": {"plate": "DAT-%d", "make": "Skoda", "model": "Octavia", "year": 2019},
                 "requestedWork": "Oil change", "bookedAt": "%s", "promisedAt": "%s"}""";
        Answer early = RawHttp.send(port(), "POST /api/v1/visits HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                + advisor + "\r\nContent-Type: application/json", utf8(booking.formatted(Staff.next(),
                "0001-01-01T08:00:00Z", "2026-06-10T15:00:00Z")));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.body()).contains("\"field\":\"bookedAt\"", "between the years 2000 and 2100");
        Answer late = RawHttp.send(port(), "POST /api/v1/visits HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                + advisor + "\r\nContent-Type: application/json", utf8(booking.formatted(Staff.next(),
                "2026-06-10T08:00:00Z", "+999999999-12-31T23:59:59Z")));
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.body()).contains("\"field\":\"promisedAt\"");

        Answer filter = RawHttp.send(port(), "GET /api/v1/visits?from=%2B999999999-12-31T00:00:00Z HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAuthorization: " + advisor);
        assertThat(filter.status()).isEqualTo(400);
        assertThat(filter.body()).contains("\"field\":\"from\"");
        Answer report = RawHttp.send(port(), "GET /api/v1/reports/comparison?from=0001-01-01 HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAuthorization: " + ApiAccess.bearer(tokens, Role.MANAGER));
        assertThat(report.status()).isEqualTo(400);
        assertThat(report.body()).contains("\"field\":\"from\"", "2000");
    }

    @Test
    void a_chunked_body_to_a_small_form_is_refused_while_it_streams_and_a_small_one_still_signs_in() throws Exception {
        for (String path : new String[] {"/survey/abc", "/approve/abc", "/login", "/logout"}) {
            AtomicLong sent = new AtomicLong();
            Answer answer = RawHttp.chunked(port(), "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded", utf8("overall=5&comment="), 40_000_000, sent);
            assertThat(answer.status()).as(path).isEqualTo(413);
            assertThat(answer.missingSecurityHeaders()).as(path).isEmpty();
            // Past the cap and what the container reads on for the answer to be seen, the connection
            // closes (what was sent meanwhile sits in the machine's socket buffers, a few MB at most).
            assertThat(sent.get()).as(path + ": not read to its end").isLessThan(20_000_000);
        }
        String name = "chunk" + Staff.next();
        accounts.create(name, "Manager " + name, Department.RECEPTION, Set.of(Role.MANAGER), "manager password",
                Actor.integration("test"));
        byte[] form = utf8("username=" + name + "&password=manager+password");
        Answer signedIn = RawHttp.chunked(port(), "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded", form, form.length, new AtomicLong());
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");
    }

    @Test
    void a_chunked_form_without_a_charset_is_read_as_utf8_as_a_browser_means_it() throws Exception {
        String name = "chunkfi" + Staff.next();
        accounts.create(name, "Manager " + name, Department.RECEPTION, Set.of(Role.MANAGER), "sala ä ö € sana",
                Actor.integration("test"));
        byte[] form = utf8("username=" + name + "&password="
                + URLEncoder.encode("sala ä ö € sana", StandardCharsets.UTF_8));
        Answer signedIn = RawHttp.chunked(port(), "POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded", form, form.length, new AtomicLong());
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).doesNotContain("error");
    }

    @Test
    void the_containers_own_answers_carry_the_security_headers_too() throws Exception {
        String[] requests = {
            "GET /%zz HTTP/1.1\r\nHost: 127.0.0.1",
            "TRACE / HTTP/1.1\r\nHost: 127.0.0.1",
            "GET /api/v1/visits/%2 HTTP/1.1\r\nHost: 127.0.0.1",
            "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1",
            "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000),
            "BREW / HTTP/1.1\r\nHost: 127.0.0.1",
            "OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1",
        };
        for (String request : requests) {
            Answer answer = RawHttp.send(port(), request);
            String shown = request.length() > 40 ? request.substring(0, 40) : request;
            assertThat(answer.status()).as(shown).isLessThan(500);
            assertThat(answer.missingSecurityHeaders()).as(shown).isEmpty();
        }
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused_even_when_it_names_itself_as_host() throws Exception {
        String name = "host" + Staff.next();
        accounts.create(name, "Manager " + name, Department.RECEPTION, Set.of(Role.MANAGER), "manager password",
                Actor.integration("test"));
        byte[] form = utf8("username=" + name + "&password=manager+password");
        Answer forged = RawHttp.send(port(), "POST /login HTTP/1.1\r\nHost: evil.example\r\nOrigin: http://evil.example\r\n"
                + "Content-Type: application/x-www-form-urlencoded", form);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.header("Set-Cookie")).isNull();
        Answer sameSiteClaim = RawHttp.send(port(), "POST /login HTTP/1.1\r\nHost: evil.example\r\n"
                + "Referer: http://evil.example/login\r\nSec-Fetch-Site: same-origin\r\n"
                + "Content-Type: application/x-www-form-urlencoded", form);
        assertThat(sameSiteClaim.status()).isEqualTo(403);
        // The app's own page on this machine (the configured address here is loopback).
        Answer own = RawHttp.send(port(), "POST /login HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\nOrigin: http://127.0.0.1:"
                + port() + "\r\nContent-Type: application/x-www-form-urlencoded", form);
        assertThat(own.status()).isEqualTo(302);
        assertThat(own.header("Location")).doesNotContain("error");
    }
}
