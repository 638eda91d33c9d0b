package fi.huoltopolku.fuzz;

import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.support.ApiAccess;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.RawHttp;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated malformed requests to every endpoint and the survey form (seeded, so a failure repeats):
 * no answer is 5xx, none carries a stack trace, a Java type, SQL or the server's version, every API
 * error has the documented {@code {"error","field","message"}} shape (with {@code "problems"} when several), and a refused change leaves the
 * database as it was. The suite runs {@value #DEFAULT_CASES} cases; {@code bench/fuzz.sh} runs more
 * ({@code -Dfuzz.cases=10000 -Dfuzz.seed=...}).
 */
@MicronautTest(transactional = false)
@Property(name = "huoltopolku.survey.submissions-per-window", value = "1000000")
class ApiFuzzTest {

    static final int DEFAULT_CASES = 1500;
    static final String[] LEAKS = {"Exception", "\tat ", "at java.", "at fi.", "at io.", "at org.",
            "org.h2", "org.apache", "fi.huoltopolku", "io.micronaut", "jakarta.", "Tomcat", "SQL statement",
            "java.lang", "java.util", "SELECT ", "INSERT INTO", "UPDATE ", "Caused by"};
    private static final String[] NASTY = {"", " ", "0", "-1", "1", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "1e309", "NaN", "null", "true", "[]", "{}", "\u0000", "\u0000abc", "%", "%2",
            "%zz", "%00", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "2026-13-45",
            "2026-02-30", "2026-06-10T25:00:00Z", "ÄÖÅ ääkköset", "🚗", "x".repeat(61), "y".repeat(500),
            "z".repeat(5000), "SERVICE", "IN_WORK", "HANDOVER", "fi", "en", "\r\nX-Injected: 1", "\"", "\\",
            "{\"a\":", "1.5", "-0", "0x10", "ABC-123", "A-B-C-D-E-F-G-H-I-J-K-1", "+358401234567", "a@b"};

    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;
    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject InvitationService invitations;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private Random random;
    private long visit;
    private String token;

    @Test
    void malformed_requests_get_clear_refusals_and_change_nothing() throws Exception {
        int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
        random = new Random(Long.getLong("fuzz.seed", 20261201L));
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician);
        token = invitations.invite(visit).token();
        List<String> failures = new ArrayList<>();
        int[] byClass = new int[6];
        for (int i = 0; i < cases && failures.size() < 20; i++) {
            Request request = generate();
            long before = request.mutating() ? fingerprint() : 0;
            Answer answer = send(request);
            byClass[Math.min(5, answer.status() / 100)]++;
            String problem = check(request, answer);
            if (problem == null && request.mutating() && answer.status() >= 400 && fingerprint() != before) {
                problem = "refused but the database changed";
            }
            if (problem != null) {
                failures.add("#" + i + " " + request.method() + " " + abbreviate(request.target()) + " → "
                        + answer.status() + ": " + problem + " | " + abbreviate(answer.body()));
            }
        }
        System.out.printf("Fuzz: %d requests, 2xx %d, 3xx %d, 4xx %d, 5xx %d, failures %d%n", cases, byClass[2],
                byClass[3], byClass[4], byClass[5], failures.size());
        assertThat(failures).isEmpty();
        assertThat(byClass[4]).as("mostly refusals").isGreaterThan(cases / 2);
    }

    // ------------------------------------------------------------------ generating

    record Request(String method, String target, String contentType, byte[] body, String authorization,
            boolean mutating) {
    }

    private Request generate() {
        String manager = ApiAccess.bearer(tokens, Role.MANAGER);
        String advisor = ApiAccess.bearer(tokens, Role.ADVISOR);
        String technician = ApiAccess.bearer(tokens, Role.TECHNICIAN);
        int kind = random.nextInt(14);
        return switch (kind) {
            case 0, 1 -> get(pick("/api/v1/reports/comparison", "/api/v1/reports/comparison.csv",
                    "/api/v1/reports/comparison.pdf", "/api/v1/reports/discordant") + query("from", "to", "department",
                    "advisor", "technician", "make", "visitType", "theme", "lang"), manager);
            case 2 -> get("/api/v1/visits" + query("stage", "from", "to", "page", "size"), advisor);
            case 3 -> get("/api/v1/visits/" + id() + pick("", "/checks"), pick(advisor, technician));
            case 4, 5 -> json("POST", "/api/v1/visits", booking(), advisor);
            case 6 -> json("POST", "/api/v1/visits/" + id() + "/transitions", mutate("""
                    {"to": "IN_WORK", "note": "note", "version": 1}"""), advisor);
            case 7 -> json("PUT", "/api/v1/visits/" + id() + "/checks/" + segment("CHK_WALKAROUND"), mutate("""
                    {"answer": "YES", "comment": "ok", "source": "PROCESS"}"""), technician);
            case 8 -> new Request("POST", "/api/v1/workshop-tests", "text/csv", csv(), manager, true);
            case 9 -> json("POST", "/api/v1/visits/" + id() + "/survey-invitations", "", advisor);
            case 10 -> json("POST", "/api/v1/surveys/" + segment(token), mutate("""
                    {"overall": 4, "nps": 9, "ratings": {"HANDOVER": 4}, "comment": "ok", "contactConsent": true}"""),
                    pick("", "Bearer nonsense"));
            case 11 -> get("/survey/" + segment(token) + query("lang"), "");
            case 12 -> new Request("POST", "/survey/" + segment(token), "application/x-www-form-urlencoded",
                    form(), "", true);
            default -> get(pick("/api/v1/visits", "/api/v1/reports/comparison", "/api/health", "/api/openapi.yml",
                    "/api/v1/nothing", "/api/v1/visits/" + id()) + query("x"), pick("", "Bearer x", "Basic abc",
                    advisor));
        };
    }

    private Request get(String target, String authorization) {
        return new Request(pick("GET", "GET", "GET", "HEAD", "DELETE", "PATCH", "OPTIONS"), target, "", new byte[0],
                authorization, false);
    }

    private Request json(String method, String path, String body, String authorization) {
        return new Request(method, path, pick("application/json", "application/json", "text/plain",
                "application/xml", ""), body.getBytes(StandardCharsets.UTF_8), authorization, true);
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private String nasty() {
        return NASTY[random.nextInt(NASTY.length)];
    }

    private String id() {
        return random.nextInt(3) == 0 ? String.valueOf(visit) : segment(String.valueOf(visit));
    }

    /** A path segment: usually the good one, else something nasty, escaped or raw. */
    private String segment(String good) {
        if (random.nextInt(3) == 0) {
            return good;
        }
        String bad = nasty();
        return random.nextBoolean() ? URLEncoder.encode(bad, StandardCharsets.UTF_8)
                : bad.replaceAll("[\\s/?#\\u0000-\\u001f\\u007f\"\\\\<>{}|^`]", "").replace(" ", "");
    }

    private String query(String... names) {
        StringBuilder query = new StringBuilder();
        for (String name : names) {
            if (random.nextInt(3) != 0) {
                continue;
            }
            String value = nasty();
            query.append(query.length() == 0 ? "?" : "&").append(name).append('=')
                    .append(random.nextInt(4) == 0 && value.startsWith("%") ? value
                            : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        if (random.nextInt(20) == 0) {
            query.append(query.length() == 0 ? "?" : "&").append("q=").append("a".repeat(9000));
        }
        return query.toString();
    }

    private String booking() {
        return mutate("""
                {"customer": {"name": "Aino Virtanen", "phone": "+358401234567", "email": "aino@example.com"},
                 "vehicle": {"plate": "FUZ-1", "vin": null, "make": "Skoda", "model": "Octavia", "year": 2019},
                 "requestedWork": "Oil change", "bookedAt": "2026-06-10T08:00:00Z",
                 "promisedAt": "2026-06-10T15:00:00Z", "advisor": null, "flags": ["WASH"], "visitType": "SERVICE"}""");
    }

    /** One or two values of a JSON body replaced by something nasty, or the body cut or broken. */
    private String mutate(String json) {
        int how = random.nextInt(10);
        if (how == 0) {
            return json.substring(0, random.nextInt(json.length()));
        }
        if (how == 1) {
            return pick("", "null", "[]", "{", "\"text\"", "42", "{\"a\":1}", "<xml/>", "{\"overall\":1e999}");
        }
        String result = json;
        for (int n = 0; n < 1 + random.nextInt(2); n++) {
            List<int[]> values = new ArrayList<>();
            Matcher m = Pattern
                    .compile(":\\s*(\"[^\"]*\"|-?[0-9.]+|true|false|null|\\[[^\\]]*\\])").matcher(result);
            while (m.find()) {
                values.add(new int[] {m.start(1), m.end(1)});
            }
            if (values.isEmpty()) {
                break;
            }
            int[] at = values.get(random.nextInt(values.size()));
            String replacement = switch (random.nextInt(4)) {
                case 0 -> jsonString(nasty());
                case 1 -> pick("0", "-1", "9223372036854775808", "1e309", "1.5", "true", "null", "[]", "{}",
                        "[\"WASH\",\"NOPE\"]", "{\"HANDOVER\":9}", "{\"NOPE\":3}", "99");
                default -> jsonString(nasty());
            };
            result = result.substring(0, at[0]) + replacement + result.substring(at[1]);
        }
        return result;
    }

    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private byte[] csv() {
        StringBuilder csv = new StringBuilder(random.nextBoolean() ? "visit,plate,date,item,answer,comment\n" : "");
        for (int line = 0; line < 1 + random.nextInt(4); line++) {
            String[] fields = {String.valueOf(visit), "", "", "WQ_ROAD_TEST", "YES", "ok"};
            fields[random.nextInt(fields.length)] = nasty();
            if (random.nextInt(4) == 0) {
                fields[random.nextInt(fields.length)] = "\"unterminated";
            }
            csv.append(String.join(pick(",", ";", ",,"), fields)).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] form() {
        StringBuilder form = new StringBuilder();
        for (String name : new String[] {"overall", "nps", "rating.HANDOVER", "comment", "consent", "lang"}) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            String value = random.nextBoolean() ? nasty() : String.valueOf(random.nextInt(6));
            form.append(form.length() == 0 ? "" : "&").append(name).append('=')
                    .append(random.nextInt(5) == 0 && value.startsWith("%") ? value
                            : URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ sending and checking

    record Answer(int status, String headers, String body) {
    }

    private Answer send(Request request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(request.method() + " " + request.target() + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nConnection: close\r\n");
            if (!request.authorization().isEmpty()) {
                head.append("Authorization: ").append(request.authorization()).append("\r\n");
            }
            if (!request.contentType().isEmpty()) {
                head.append("Content-Type: ").append(request.contentType()).append("\r\n");
            }
            if (random.nextInt(4) == 0) {
                head.append("Accept-Language: fi\r\n");
            }
            if (request.body().length > 0 || request.mutating()) {
                head.append("Content-Length: ").append(request.body().length).append("\r\n");
            }
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(request.body());
            out.flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            in.transferTo(received);
            String all = received.toString(StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String headers = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            int status = headers.startsWith("HTTP/1.1 ") && headers.length() >= 12
                    ? Integer.parseInt(headers.substring(9, 12)) : 599;
            return new Answer(status, headers, body);
        }
    }

    private static String check(Request request, Answer answer) {
        if (answer.status() >= 500) {
            return "server error";
        }
        String lower = answer.headers().toLowerCase(Locale.ROOT);
        for (String header : RawHttp.SECURITY_HEADERS) {
            if (!lower.contains(header.toLowerCase(Locale.ROOT))) {
                return "lacks the header " + header;
            }
        }
        boolean binary = answer.headers().contains("application/pdf") || request.target().startsWith("/api/openapi");
        if (!binary) {
            for (String leak : LEAKS) {
                if (answer.body().contains(leak) || answer.headers().contains(leak)) {
                    return "leaks \"" + leak.strip() + "\"";
                }
            }
        }
        String path = request.target().split("\\?")[0];
        if (path.startsWith("/api/") && answer.status() >= 400 && !request.method().equals("HEAD")
                && !answer.body().matches("(?s)\\{\"error\":\"[A-Z_]+\",\"field\":(null|\"[^\"]*\"),\"message\":\".*\""
                        // several problems of one request: each field's too
                        + "(,\"problems\":\\[\\{\"field\":(null|\"[^\"]*\"),\"message\":\".*\"}])?}")) {
            return "not the documented error shape";
        }
        return null;
    }

    /** Counts and versions of what a refused request must not change. */
    private long fingerprint() {
        return transactions.executeRead(status -> jdbc.prepareStatement("""
                SELECT (SELECT COUNT(*) + COALESCE(SUM(version), 0) FROM visit)
                     + (SELECT COUNT(*) FROM customer) * 7 + (SELECT COUNT(*) FROM vehicle) * 11
                     + (SELECT COUNT(*) FROM visit_event) * 13 + (SELECT COUNT(*) FROM check_answer) * 17
                     + (SELECT COUNT(*) FROM survey_response) * 19 + (SELECT COUNT(*) FROM survey_invitation) * 23""",
                ps -> {
                    try (ResultSet rows = ps.executeQuery()) {
                        rows.next();
                        return rows.getLong(1);
                    }
                }));
    }

    private static String abbreviate(String text) {
        String flat = text.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
