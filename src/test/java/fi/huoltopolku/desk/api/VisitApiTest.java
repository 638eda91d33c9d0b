package fi.huoltopolku.desk.api;

import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class VisitApiTest {

    private static final AtomicInteger SEQ = new AtomicInteger(100);
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;

    @Inject PeopleService people;

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", ApiAccess.bearer(tokens, Role.ADVISOR))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A booking that may pass the day's capacity: the capacity test below adds a technician, which gives every
     * weekday a limit, and no other test should depend on running before it.
     */
    private String booking(String plate, String extra) {
        return bookingAsSent(plate, extra.contains("allowOverbooking") ? extra : extra + ", \"allowOverbooking\": true");
    }

    private String bookingAsSent(String plate, String extra) {
        return """
                {"customer": {"name": "Aino Virtanen", "phone": "+358401234567", "email": "aino@example.com"},
                 "vehicle": {"plate": "%s", "vin": null, "make": "Skoda", "model": "Octavia", "year": 2019},
                 "requestedWork": "Oil change and a rattle from the front left",
                 "bookedAt": "2026-11-23T08:00:00Z", "promisedAt": "2026-11-23T15:00:00Z",
                 "flags": ["CUSTOMER_WAITING", "KEEP_OLD_PARTS"]%s}""".formatted(plate, extra);
    }

    private long idOf(String body) {
        return Long.parseLong(body.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
    }

    @Test
    void a_booking_comes_back_as_a_visit_with_stable_fields_and_times_with_offset() throws Exception {
        String username = "api-advisor-" + SEQ.incrementAndGet();
        people.create(username, "Api Advisor", Role.ADVISOR, Department.RECEPTION);
        HttpResponse<String> created = send("POST", "/api/v1/visits",
                booking("XYZ-" + SEQ.get(), ", \"advisor\": \"" + username + "\""));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body())
                .contains("\"stage\":\"BOOKED\"", "\"status\":\"WAITING\"", "\"plate\":\"XYZ-" + SEQ.get() + "\"",
                        "\"name\":\"Aino Virtanen\"", "\"bookedAt\":\"2026-11-23T10:00:00+02:00\"",
                        "\"promisedAt\":\"2026-11-23T17:00:00+02:00\"", "\"advisor\":\"" + username + "\"",
                        "\"CUSTOMER_WAITING\"", "\"KEEP_OLD_PARTS\"");
        long id = idOf(created.body());
        HttpResponse<String> fetched = send("GET", "/api/v1/visits/" + id, null);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).contains("\"id\":" + id, "\"requestedWork\":\"Oil change and a rattle from the front left\"");
    }

    @Test
    void bad_input_answers_400_naming_the_field_never_500() throws Exception {
        HttpResponse<String> badPlate = send("POST", "/api/v1/visits", booking("!", ""));
        assertThat(badPlate.statusCode()).isEqualTo(400);
        assertThat(badPlate.body()).contains("\"field\":\"vehicle.plate\"", "is not a registration plate");

        HttpResponse<String> noWork = send("POST", "/api/v1/visits",
                booking("NOW-" + SEQ.incrementAndGet(), "").replace("Oil change and a rattle from the front left", " "));
        assertThat(noWork.statusCode()).isEqualTo(400);
        assertThat(noWork.body()).contains("\"field\":\"requestedWork\"");

        // Several problems at once: each named, so an integrator fixes them in one go.
        HttpResponse<String> both = send("POST", "/api/v1/visits", booking("!", "")
                .replace("Oil change and a rattle from the front left", " "));
        assertThat(both.statusCode()).isEqualTo(400);
        assertThat(both.body()).contains("\"problems\":[{\"field\":\"vehicle.plate\",\"message\":\"Plate: '!' is not",
                "{\"field\":\"requestedWork\",\"message\":\"Requested work: required\"}]");

        HttpResponse<String> badFlag = send("POST", "/api/v1/visits",
                booking("FLG-" + SEQ.incrementAndGet(), "").replace("KEEP_OLD_PARTS", "FREE_COFFEE"));
        assertThat(badFlag.statusCode()).isEqualTo(400);

        HttpResponse<String> notJson = send("POST", "/api/v1/visits", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);

        HttpResponse<String> missing = send("GET", "/api/v1/visits/999999", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no visit 999999.");

        HttpResponse<String> badSize = send("GET", "/api/v1/visits?size=100000", null);
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(badSize.body()).contains("\"field\":\"size\"");
    }

    @Test
    void the_booking_checks_come_with_the_booking_and_a_bad_one_books_nothing() throws Exception {
        String plate = "BKC-" + SEQ.incrementAndGet();
        HttpResponse<String> created = send("POST", "/api/v1/visits",
                booking(plate, ", \"checks\": {\"BOOK_CONTACT\": \"YES\", \"BOOK_PROMISE\": \"NO\"}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String checks = send("GET", "/api/v1/visits/" + idOf(created.body()) + "/checks", null).body();
        assertThat(checks).containsPattern("\"code\":\"BOOK_CONTACT\"[^}]*\"answer\":\"YES\"")
                .containsPattern("\"code\":\"BOOK_PROMISE\"[^}]*\"answer\":\"NO\"")
                .containsPattern("\"code\":\"BOOK_CONCERN\"[^}]*\"answer\":null");

        // An item of a later stage is refused, and the booking with it: nothing is half saved.
        String other = "BKD-" + SEQ.incrementAndGet();
        HttpResponse<String> refused = send("POST", "/api/v1/visits",
                booking(other, ", \"checks\": {\"CHK_WALKAROUND\": \"YES\"}"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"itemCode\"");
        assertThat(send("GET", "/api/v1/visits?stage=BOOKED&size=200", null).body()).doesNotContain(other);
    }

    @Test
    void a_check_in_may_come_with_the_move_and_is_saved_with_it() throws Exception {
        String technician = "api-tech-" + SEQ.incrementAndGet();
        people.create(technician, "Api Technician", Role.TECHNICIAN, Department.WORKSHOP);
        long id = idOf(send("POST", "/api/v1/visits", booking("CKI-" + SEQ.incrementAndGet(), "")).body());

        HttpResponse<String> refused = send("POST", "/api/v1/visits/" + id + "/transitions",
                "{\"to\": \"CLOSED\", \"note\": \"x\", \"checkIn\": {\"items\": []}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"checkIn\"");

        HttpResponse<String> checkedIn = send("POST", "/api/v1/visits/" + id + "/transitions", """
                {"to": "CHECKED_IN", "note": "Rattle heard on the test drive",
                 "checkIn": {"technician": "%s", "phone": "050 123 4567", "flags": ["WASH"],
                             "items": ["CHK_WALKAROUND", "CHK_CONCERN_CONFIRMED", "CHK_REACH_FOR_EXTRA"]}}"""
                .formatted(technician));
        assertThat(checkedIn.statusCode()).as(checkedIn.body()).isEqualTo(200);
        assertThat(checkedIn.body()).contains("\"stage\":\"CHECKED_IN\"", "\"technician\":\"" + technician + "\"",
                "\"phone\":\"+358501234567\"", "\"WASH\"");
        assertThat(send("GET", "/api/v1/visits/" + id + "/checks", null).body())
                .containsPattern("\"code\":\"CHK_WALKAROUND\"[^}]*\"answer\":\"YES\"");
    }

    @Test
    void transitions_follow_the_journey_and_an_illegal_one_says_why() throws Exception {
        long id = idOf(send("POST", "/api/v1/visits", booking("TRN-" + SEQ.incrementAndGet(), "")).body());

        HttpResponse<String> skip = send("POST", "/api/v1/visits/" + id + "/transitions", "{\"to\": \"IN_WORK\"}");
        assertThat(skip.statusCode()).isEqualTo(400);
        assertThat(skip.body()).contains("cannot move from Booked to In work");

        HttpResponse<String> checkIn = send("POST", "/api/v1/visits/" + id + "/transitions",
                "{\"to\": \"CHECKED_IN\", \"note\": \"Arrived early\"}");
        assertThat(checkIn.statusCode()).isEqualTo(200);
        assertThat(checkIn.body()).contains("\"stage\":\"CHECKED_IN\"");

        HttpResponse<String> stale = send("POST", "/api/v1/visits/" + id + "/transitions",
                "{\"to\": \"IN_WORK\", \"version\": 0}");
        assertThat(stale.statusCode()).isEqualTo(409);

        HttpResponse<String> unknownStage = send("POST", "/api/v1/visits/" + id + "/transitions", "{\"to\": \"PAINT\"}");
        assertThat(unknownStage.statusCode()).isEqualTo(400);
    }

    @Test
    void visits_are_listed_by_stage_a_page_at_a_time() throws Exception {
        String plate = "LST-" + SEQ.incrementAndGet();
        long id = idOf(send("POST", "/api/v1/visits", booking(plate, "")).body());
        send("POST", "/api/v1/visits/" + id + "/transitions", "{\"to\": \"CHECKED_IN\"}");

        HttpResponse<String> checkedIn = send("GET", "/api/v1/visits?stage=CHECKED_IN&size=200", null);
        assertThat(checkedIn.statusCode()).isEqualTo(200);
        assertThat(checkedIn.body()).contains(plate).doesNotContain("\"stage\":\"BOOKED\"");

        HttpResponse<String> onePerPage = send("GET",
                "/api/v1/visits?from=2026-11-23T00:00:00Z&to=2026-11-24T00:00:00Z&page=0&size=1", null);
        assertThat(onePerPage.body()).contains("\"size\":1").containsOnlyOnce("\"plate\"");
    }

    @Test
    void the_openapi_description_covers_every_visit_endpoint() throws Exception {
        HttpResponse<String> description = send("GET", "/api/openapi.yml", null);
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.body()).contains("/api/v1/visits:", "/api/v1/visits/{id}:",
                "/api/v1/visits/{id}/transitions:", "BookingJson", "TransitionJson");
        // What a booking answers is written down as it is: 201 with the visit.
        String post = description.body().substring(description.body().indexOf("/api/v1/visits:"));
        post = post.substring(post.indexOf("post:"), post.indexOf("/api/v1/visits/{id}:"));
        assertThat(post).contains("\"201\":", "\"400\":").doesNotContain("\"200\":");
    }

    @Test
    void a_value_that_does_not_fit_its_column_is_refused_naming_the_field_in_the_callers_language() throws Exception {
        HttpResponse<String> longMake = send("POST", "/api/v1/visits", booking("LNG-" + SEQ.incrementAndGet(), "")
                .replace("\"Skoda\"", "\"" + "S".repeat(61) + "\""));
        assertThat(longMake.statusCode()).isEqualTo(400);
        assertThat(longMake.body()).isEqualTo("{\"error\":\"INVALID\",\"field\":\"vehicle.make\","
                + "\"message\":\"Make: at most 60 characters\"}");
        HttpResponse<String> badType = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/visits"))
                .header("Authorization", ApiAccess.bearer(tokens, Role.ADVISOR)).header("Accept-Language", "fi")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        booking("TYP-" + SEQ.incrementAndGet(), ", \"visitType\": \"PAINTING\""))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).startsWith("{\"error\":\"INVALID\"").contains("pyyntö ei kelpaa")
                .doesNotContain("fi.huoltopolku", "No enum constant", "Json");
        HttpResponse<String> overflow = send("GET", "/api/v1/visits?page=9223372036854775808", null);
        assertThat(overflow.statusCode()).isEqualTo(400);
    }

    @Test
    void a_technician_sees_the_car_and_the_customers_name_but_not_their_phone_or_e_mail() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/visits", booking("PII-" + SEQ.incrementAndGet(), ""));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("+358401234567", "aino@example.com");
        long id = idOf(created.body());
        for (String path : new String[] {"/api/v1/visits/" + id, "/api/v1/visits?size=200"}) {
            HttpResponse<String> seen = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                    .header("Authorization", ApiAccess.bearer(tokens, Role.TECHNICIAN)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(seen.statusCode()).isEqualTo(200);
            assertThat(seen.body()).as(path).contains("Aino Virtanen").doesNotContain("+358401234567")
                    .doesNotContain("aino@example.com");
        }
    }

    @Test
    void a_technician_is_assigned_over_the_api_and_a_stale_version_or_a_non_technician_is_refused() throws Exception {
        String technician = "api-tech-" + SEQ.incrementAndGet();
        people.create(technician, "Api Technician", Role.TECHNICIAN, Department.WORKSHOP);
        long id = idOf(send("POST", "/api/v1/visits", booking("TEC-" + SEQ.get(), "")).body());

        HttpResponse<String> assigned = send("PUT", "/api/v1/visits/" + id + "/technician",
                "{\"technician\": \"" + technician + "\", \"version\": 0}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.body()).contains("\"technician\":\"" + technician + "\"");

        HttpResponse<String> stale = send("PUT", "/api/v1/visits/" + id + "/technician",
                "{\"technician\": \"" + technician + "\", \"version\": 0}");
        assertThat(stale.statusCode()).as("the visit changed since version 0").isEqualTo(409);

        String advisor = "api-adv-" + SEQ.incrementAndGet();
        people.create(advisor, "Not A Technician", Role.ADVISOR, Department.RECEPTION);
        HttpResponse<String> notOne = send("PUT", "/api/v1/visits/" + id + "/technician",
                "{\"technician\": \"" + advisor + "\"}");
        assertThat(notOne.statusCode()).isEqualTo(400);
        assertThat(notOne.body()).contains("\"field\":\"technician\"");
        assertThat(send("PUT", "/api/v1/visits/" + id + "/technician", "{}").body()).contains("\"field\":\"technician\"");
    }

    @Test
    void a_booking_past_the_days_capacity_answers_409_naming_the_hours_unless_overbooking_is_allowed()
            throws Exception {
        people.create("api-cap-" + SEQ.incrementAndGet(), "Capacity Technician", Role.TECHNICIAN, Department.WORKSHOP);
        HttpResponse<String> answer = null;
        for (int i = 0; i < 200; i++) {
            answer = send("POST", "/api/v1/visits", bookingAsSent("CAP-" + SEQ.incrementAndGet(), "")
                    .replace("2026-11-23", "2026-11-24"));
            if (answer.statusCode() != 201) {
                break;
            }
        }
        // Two hours a booking: the one that would pass the technicians' hours is refused, the numbers named.
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body()).startsWith("{\"error\":").contains("\"field\":null")
                .containsPattern("\"message\":\"With this booking 24\\.11\\.2026 would be booked [0-9.]+ h, "
                        + "past its capacity of [0-9.]+ h\\.\"");
        HttpResponse<String> allowed = send("POST", "/api/v1/visits", booking("CAP-" + SEQ.incrementAndGet(),
                ", \"allowOverbooking\": true").replace("2026-11-23", "2026-11-24"));
        assertThat(allowed.statusCode()).as(allowed.body()).isEqualTo(201);
    }

    @Test
    void a_car_in_the_house_is_not_checked_in_on_a_second_visit_409_naming_the_first() throws Exception {
        String plate = "TWO-" + SEQ.incrementAndGet();
        long first = idOf(send("POST", "/api/v1/visits", booking(plate, ", \"allowOverbooking\": true")).body());
        long second = idOf(send("POST", "/api/v1/visits", booking(plate, ", \"allowOverbooking\": true")).body());
        assertThat(send("POST", "/api/v1/visits/" + first + "/transitions", "{\"to\": \"CHECKED_IN\"}").statusCode())
                .isEqualTo(200);

        HttpResponse<String> twice = send("POST", "/api/v1/visits/" + second + "/transitions",
                "{\"to\": \"CHECKED_IN\"}");
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(twice.body()).contains("\"field\":null", plate + " is already in the house on another visit "
                + "(Checked in, visit " + first + ": /visit/" + first + ")");
        assertThat(send("GET", "/api/v1/visits/" + second, null).body()).contains("\"stage\":\"BOOKED\"");
    }
}
