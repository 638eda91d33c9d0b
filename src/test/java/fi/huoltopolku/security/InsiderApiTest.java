package fi.huoltopolku.security;

import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.ApiAccess;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST side of "Who sees what" (README), with a token of each role: who may book, what a
 * booking tells about the person behind a phone number, who reads a customer's contacts, and which
 * moves a technician's token may make.
 */
@MicronautTest(transactional = false)
class InsiderApiTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;
    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject CustomerService customers;
    @Inject ChecklistService checks;

    private HttpResponse<String> send(Role role, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", ApiAccess.bearer(tokens, role))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** "Other Customer" with this phone number, already on file with a car and a visit. */
    private VisitCard otherCustomer(String phone) {
        Person advisor = Staff.advisor(people);
        Instant at = TestTime.soon();
        long id = visits.book(new Booking(new CustomerDetails("Other Customer", phone, "other@example.com",
                Staff.plate(), null, "Volvo", "V70", 2012), "Service", at, at.plus(5, ChronoUnit.HOURS), advisor.id(),
                Set.of()), advisor.asActor());
        return overview.card(id);
    }

    private static String booking(String customer, String plate) {
        return """
                {"customer": %s,
                 "vehicle": {"plate": "%s", "make": "Skoda", "model": "Octavia", "year": 2019},
                 "requestedWork": "Oil change", "bookedAt": "2026-11-23T08:00:00Z",
                 "promisedAt": "2026-11-23T15:00:00Z", "allowOverbooking": true}""".formatted(customer, plate);
    }

    private static String phone() {
        return "+35840" + (9000000 + Staff.next());
    }

    @Test
    void a_technicians_token_may_not_book_so_it_learns_nobody_behind_a_phone_number() throws Exception {
        String phone = phone();
        otherCustomer(phone);
        String plate = Staff.plate();
        HttpResponse<String> answer = send(Role.TECHNICIAN, "POST", "/api/v1/visits",
                booking("{\"name\": \"Anyone\", \"phone\": \"" + phone + "\"}", plate));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("Other Customer");
        assertThat(customers.byPlate(plate)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Role.class, names = {"ADVISOR", "FOREMAN", "MANAGER"})
    void a_booking_under_another_name_for_a_known_phone_is_refused_naming_nobody(Role role) throws Exception {
        String phone = phone();
        VisitCard other = otherCustomer(phone);
        String plate = Staff.plate();
        HttpResponse<String> refused = send(role, "POST", "/api/v1/visits",
                booking("{\"name\": \"Anyone\", \"phone\": \"" + phone + "\"}", plate));

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("customer.id").doesNotContain("Other Customer", "other@example.com");
        assertThat(customers.byPlate(plate)).isEmpty();

        // With the customer's number the booker shows they know whom they book for: filed under them.
        HttpResponse<String> byId = send(role, "POST", "/api/v1/visits", booking("{\"id\": " + other.customerId()
                + ", \"name\": \"Anyone\", \"phone\": \"" + phone + "\"}", plate));
        assertThat(byId.statusCode()).as(byId.body()).isEqualTo(201);
        assertThat(customers.byPlate(plate)).hasValueSatisfying(m -> assertThat(m.customerId())
                .isEqualTo(other.customerId()));

        // The name on file, however typed, is the same customer.
        HttpResponse<String> sameName = send(role, "POST", "/api/v1/visits",
                booking("{\"name\": \"customer  OTHER\", \"phone\": \"" + phone + "\"}", Staff.plate()));
        assertThat(sameName.statusCode()).as(sameName.body()).isEqualTo(201);
    }

    @Test
    void a_booking_by_customer_number_is_theirs_with_a_new_car_and_phone_and_never_takes_anothers_car()
            throws Exception {
        VisitCard other = otherCustomer(phone());
        String newCar = Staff.plate();
        HttpResponse<String> byId = send(Role.ADVISOR, "POST", "/api/v1/visits", booking("{\"id\": "
                + other.customerId() + ", \"name\": \"x\", \"phone\": \"" + phone() + "\"}", newCar));
        assertThat(byId.statusCode()).as(byId.body()).isEqualTo(201);
        assertThat(customers.byPlate(newCar)).hasValueSatisfying(m -> assertThat(m.customerId())
                .isEqualTo(other.customerId()));

        String someoneElsesCar = overview.card(visits.book(new Booking(new CustomerDetails("Third Person", phone(),
                null, Staff.plate(), null, "Kia", "Ceed", 2020), "Service", TestTime.soon(),
                TestTime.soon().plus(5, ChronoUnit.HOURS), Staff.advisor(people).id(), Set.of()),
                Staff.advisor(people).asActor())).plate();
        HttpResponse<String> taken = send(Role.ADVISOR, "POST", "/api/v1/visits", booking("{\"id\": "
                + other.customerId() + ", \"name\": \"x\", \"phone\": \"" + phone() + "\"}", someoneElsesCar));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
        assertThat(taken.body()).doesNotContain("Third Person");

        HttpResponse<String> unknown = send(Role.ADVISOR, "POST", "/api/v1/visits",
                booking("{\"id\": 99999999, \"name\": \"x\", \"phone\": \"" + phone() + "\"}", Staff.plate()));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void a_visit_over_the_api_carries_the_customers_contacts_only_for_the_customer_side(Role role) throws Exception {
        String phone = phone();
        VisitCard other = otherCustomer(phone);
        HttpResponse<String> answer = send(role, "GET", "/api/v1/visits/" + other.id(), null);

        switch (role) {
            case ADVISOR, FOREMAN, MANAGER -> assertThat(answer.body()).contains("Other Customer", "other@example.com",
                    other.customerPhone());
            case TECHNICIAN -> assertThat(answer.body()).contains("Other Customer")
                    .doesNotContain("other@example.com", other.customerPhone());
            case ADMIN -> assertThat(answer.statusCode()).isEqualTo(403);
        }
        assertThat(answer.body()).doesNotContain("/survey/", "/approve/");
    }

    @Test
    void a_technicians_token_may_not_hand_over_a_ready_car_but_an_advisors_may() throws Exception {
        long ready = Journeys.upTo(Stage.READY, visits, checks, Staff.advisor(people), Staff.technician(people));
        HttpResponse<String> handover = send(Role.TECHNICIAN, "POST", "/api/v1/visits/" + ready + "/transitions",
                "{\"to\": \"FOLLOW_UP\"}");

        assertThat(handover.statusCode()).isEqualTo(400);
        assertThat(handover.body()).contains("handled by the counter");
        assertThat(overview.card(ready).stage()).isEqualTo(Stage.READY);

        Checks.answerMandatory(checks, ready, Stage.READY, Actor.integration("test"));
        HttpResponse<String> byAdvisor = send(Role.ADVISOR, "POST", "/api/v1/visits/" + ready + "/transitions",
                "{\"to\": \"FOLLOW_UP\"}");
        assertThat(byAdvisor.statusCode()).as(byAdvisor.body()).isEqualTo(200);
        assertThat(overview.card(ready).stage()).isEqualTo(Stage.FOLLOW_UP);
    }
}
