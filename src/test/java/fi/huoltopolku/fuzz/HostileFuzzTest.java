package fi.huoltopolku.fuzz;

import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.ApiAccess;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.RawHttp;
import fi.huoltopolku.support.RawHttp.Answer;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile outsider's kinds of request (issue 27), generated and seeded like {@link ApiFuzzTest}, to
 * loopback only: bodies in unknown charsets, ids that do not exist, dates far outside sense, chunked
 * bodies past the small forms' cap, requests the container answers by itself, another site posing as
 * this one. Each kind has the answer it must get; every answer is free of 5xx and leaks and carries
 * the four security headers. The suite runs {@value #DEFAULT_CASES}; {@code bench/fuzz.sh} more.
 */
@MicronautTest(transactional = false)
@Property(name = "huoltopolku.survey.submissions-per-window", value = "1000000")
class HostileFuzzTest {

    static final int DEFAULT_CASES = 300;
    /** Names no Java knows: 415. */
    private static final String[] CHARSETS = {"bogus", "\"bogus\"", "utf-99", "x-nothing", "\u00e4\u00e4", "a".repeat(300)};
    /** Odd but readable (none, or UTF-8 with more after it): any answer but a 5xx. */
    private static final String[] ODD_CHARSETS = {"", "utf-8;x", "UTF-8", "\"utf-8\""};
    private static final String[] IDS = {"99999999", "0", "-1", "9223372036854775807", "9223372036854775808", "abc",
            "1.5", "-0", "1e3", "%2B99999999", "%00"};
    private static final String[] DATES = {"0001-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "1999-12-31T12:00:00Z",
            "2101-01-02T00:00:00Z", "-000001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z"};
    private static final String[] DAYS = {"0001-01-01", "+999999999-12-31", "1899-01-01", "2101-01-01", "9999-12-31",
            "-0001-01-01"};

    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;
    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject InvitationService invitations;

    private Random random;
    private String survey;
    private String advisor;
    private String manager;

    @Test
    void hostile_requests_get_their_refusal_never_a_5xx_a_leak_or_an_answer_without_the_headers() throws Exception {
        int cases = Integer.getInteger("fuzz.hostile.cases", DEFAULT_CASES);
        random = new Random(Long.getLong("fuzz.seed", 20261201L));
        survey = invitations.invite(Journeys.upTo(Stage.FOLLOW_UP, visits, checks, Staff.advisor(people),
                Staff.technician(people))).token();
        advisor = ApiAccess.bearer(tokens, Role.ADVISOR);
        manager = ApiAccess.bearer(tokens, Role.MANAGER);
        List<String> failures = new ArrayList<>();
        int[] byClass = new int[6];
        int sent = 0;
        for (int i = 0; i < cases && failures.size() < 20; i++, sent++) {
            Case request = next();
            Answer answer = request.answer();
            byClass[Math.min(5, answer.status() / 100)]++;
            String problem = check(request, answer);
            if (problem != null) {
                failures.add("#" + i + " " + request.what() + " → " + answer.status() + ": " + problem);
            }
        }
        System.out.printf("Fuzz (hostile): %d requests, 2xx %d, 3xx %d, 4xx %d, 5xx %d, failures %d%n", sent,
                byClass[2], byClass[3], byClass[4], byClass[5], failures.size());
        assertThat(failures).isEmpty();
        assertThat(sent).as("every request sent").isEqualTo(cases);
    }

    /** A request sent, what it was, and the statuses it may get (empty: any below 500). */
    record Case(String what, Answer answer, List<Integer> expected) {
    }

    private Case next() throws Exception {
        int port = server.getPort();
        return switch (random.nextInt(6)) {
            case 0 -> {
                String[] target = pick(new String[][] {{"/api/v1/visits", "application/json"},
                        {"/api/v1/surveys/" + survey, "application/json"}, {"/survey/" + survey, "form"},
                        {"/approve/nothing", "form"}, {"/login", "form"}, {"/logout", "form"},
                        {"/api/v1/workshop-tests", "text/csv"}, {"/api/v1/visits/1/transitions", "application/json"}});
                String type = target[1].equals("form") ? "application/x-www-form-urlencoded" : target[1];
                boolean unknown = random.nextInt(4) > 0;
                String charset = unknown ? pick(CHARSETS).replace("\u00e4", "a") : pick(ODD_CHARSETS);
                String head = "POST " + target[0] + pick("", "?lang=en", "?lang=fi") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: " + pick(advisor, manager) + "\r\nContent-Type: " + type + ";charset=" + charset;
                yield new Case(head.split("\r\n")[0] + " charset=" + charset, RawHttp.send(port, head, body(200)),
                        unknown ? List.of(415) : List.of());
            }
            case 1 -> {
                String id = pick(IDS);
                String[] route = pick(new String[][] {{"POST", "/api/v1/visits/%s/staff-estimate", "{\"estimate\":4}"},
                        {"GET", "/api/v1/visits/%s", ""}, {"POST", "/api/v1/visits/%s/transitions", "{\"to\":\"IN_WORK\"}"},
                        {"PUT", "/api/v1/visits/%s/technician", "{\"technician\":\"x\"}"}, {"GET", "/api/v1/visits/%s/checks", ""},
                        {"PUT", "/api/v1/visits/%s/checks/CHK_WALKAROUND", "{\"answer\":\"YES\"}"},
                        {"POST", "/api/v1/visits/%s/survey-invitations", ""}, {"GET", "/api/v1/improvements/%s", ""},
                        {"GET", "/approve/nothing/photos/%s", ""}});
                String head = route[0] + " " + route[1].formatted(id) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                        + (route[1].contains("improvements") ? manager : advisor) + "\r\nContent-Type: application/json";
                yield new Case(route[0] + " " + route[1].formatted(id),
                        RawHttp.send(port, head, route[2].getBytes(StandardCharsets.UTF_8)), List.of(400, 404));
            }
            case 2 -> {
                if (random.nextBoolean()) {
                    String booked = random.nextBoolean() ? pick(DATES) : "2026-06-10T08:00:00Z";
                    String promised = booked.startsWith("2026") ? pick(DATES) : "2026-06-10T15:00:00Z";
                    String body = """
                            {"customer": {"name": "Aino Virtanen", "phone": "+358401234567"},
                             "vehicle": {"plate": "HOS-1", "make": "Skoda", "model": "Octavia", "year": 2019},
                             "requestedWork": "Oil change", "bookedAt": "%s", "promisedAt": "%s"}""".formatted(booked, promised);
                    yield new Case("booking " + booked + " / " + promised, RawHttp.send(port, "POST /api/v1/visits HTTP/1.1\r\n"
                            + "Host: 127.0.0.1\r\nAuthorization: " + advisor + "\r\nContent-Type: application/json",
                            body.getBytes(StandardCharsets.UTF_8)), List.of(400));
                }
                boolean visitsList = random.nextBoolean();
                String target = visitsList ? "/api/v1/visits?" + pick("from", "to") + "=" + pick(DATES).replace("+", "%2B")
                        : pick("/api/v1/reports/comparison", "/api/v1/reports/discordant", "/api/v1/reports/comparison.csv")
                                + "?" + pick("from", "to") + "=" + pick(DAYS).replace("+", "%2B");
                yield new Case("GET " + target, RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: " + (visitsList ? advisor : manager)), List.of(400));
            }
            case 3 -> {
                String path = pick("/survey/" + survey, "/approve/nothing", "/login", "/logout");
                boolean large = random.nextInt(3) > 0;
                long size = large ? 16 * 1024 + 1 + random.nextInt(200_000) : 1 + random.nextInt(2000);
                AtomicLong sent = new AtomicLong();
                Answer answer = RawHttp.chunked(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded", "overall=3&comment=".getBytes(
                        StandardCharsets.US_ASCII), size, sent);
                yield new Case("chunked " + size + " B to " + path, answer, large ? List.of(413) : List.of());
            }
            case 4 -> {
                String request = pick("GET /%zz HTTP/1.1", "GET /%2 HTTP/1.1", "TRACE / HTTP/1.1", "TRACE /api/v1/visits HTTP/1.1",
                        "BREW / HTTP/1.1", "GET /" + "x".repeat(10_000 + random.nextInt(20_000)) + " HTTP/1.1",
                        "GET /api/v1/visits?q=%zz HTTP/1.1", "GET /survey/%zz%zz HTTP/1.1", "GET /a b HTTP/1.1",
                        "OPTIONS * HTTP/1.1", "GET / HTTP/1.1\r\nX-Big: " + "y".repeat(10_000 + random.nextInt(20_000)))
                        + "\r\nHost: 127.0.0.1";
                yield new Case(request.length() > 60 ? request.substring(0, 60) + "…" : request,
                        RawHttp.send(port, request), List.of());
            }
            default -> {
                String evil = pick("http://evil.example", "https://evil.example", "null", "http://evil.example:" + port,
                        "http://127.0.0.1.evil.example", "http://localhost.evil.example");
                String path = pick("/login", "/logout", "/login?tablet&pin");
                String head = "POST " + path + " HTTP/1.1\r\nHost: " + pick("evil.example", evil.replaceFirst("^https?://", ""))
                        + "\r\n" + pick("Origin: ", "Referer: ") + evil + (random.nextBoolean() ? "\r\nSec-Fetch-Site: same-origin" : "")
                        + "\r\nContent-Type: application/x-www-form-urlencoded";
                yield new Case("POST " + path + " from " + evil, RawHttp.send(port, head,
                        "username=leena&password=whatever".getBytes(StandardCharsets.US_ASCII)), List.of(403));
            }
        };
    }

    private static String check(Case sent, Answer answer) {
        if (answer.status() >= 500) {
            return "server error | " + abbreviate(answer.body());
        }
        if (!sent.expected().isEmpty() && !sent.expected().contains(answer.status())) {
            return "expected " + sent.expected() + " | " + abbreviate(answer.body());
        }
        if (!answer.missingSecurityHeaders().isEmpty()) {
            return "lacks " + answer.missingSecurityHeaders();
        }
        for (String leak : ApiFuzzTest.LEAKS) {
            if (answer.body().contains(leak) || answer.headers().contains(leak)) {
                return "leaks \"" + leak.strip() + "\"";
            }
        }
        return null;
    }

    private byte[] body(int max) {
        byte[] body = new byte[1 + random.nextInt(max)];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) ('a' + random.nextInt(26));
        }
        return body;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
