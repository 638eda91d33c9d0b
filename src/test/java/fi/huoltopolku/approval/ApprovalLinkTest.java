package fi.huoltopolku.approval;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Photos;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.MessageChannel;
import fi.huoltopolku.survey.OutboxMessage;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.ExtraWorkPhotos;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.HoldReason;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Urgency;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.WorkStatus;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The customer approves extra work from their phone: the link, its page, its answers, over HTTP. */
@MicronautTest(transactional = false)
class ApprovalLinkTest {

    /** The workshop's name and contact (config/application.yml), the number to tap on a phone. */
    static final String CONTACT = "<p class=\"contact\" id=\"contact\"><strong>Huoltopolku Demo Autohuolto</strong><br>"
            + "<a href=\"tel:+35891234567\">+358 9 123 4567</a>, <a href=\"mailto:huolto@example.com\">huolto@example.com</a></p>";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject EmbeddedServer server;
    @Inject ApprovalService approvals;
    @Inject InvitationService invitations;
    @Inject DataSource dataSource;
    @Inject VisitService visits;
    @Inject ExtraWorkService extraWork;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject WorkshopClock clock;
    @Inject ExtraWorkPhotos photos;

    private Person advisor;
    private long pads;
    private long wipers;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A car in work with two lines waiting for the customer, held for their answer. */
    private long waitingCar() {
        advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long id = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, technician);
        pads = extraWork.flagExtraWork(id, "Front brake pads worn to 2 mm", "They squeal and stop poorly",
                Urgency.SAFETY, technician.asActor());
        wipers = extraWork.flagExtraWork(id, "Wiper blades streak", null, Urgency.CAN_WAIT, technician.asActor());
        visits.hold(id, visits.find(id).getVersion(), HoldReason.WAITING_FOR_APPROVAL, null, technician.asActor());
        return id;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The text message as stored for sending. */
    private String storedSms(long visitId) throws SQLException {
        try (Connection db = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
                PreparedStatement query = db.prepareStatement(
                        "SELECT body FROM outbox_message WHERE visit_id = ? AND channel = 'SMS' AND body LIKE '%/approve/%'")) {
            query.setLong(1, visitId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : "";
            }
        }
    }

    @Test
    void the_customer_approves_and_declines_each_line_once_and_the_hold_is_lifted() throws Exception {
        long id = waitingCar();
        VisitCard card = overview.card(id);
        ApprovalRequest request = approvals.send(id, Map.of(pads, new BigDecimal("189.50")), advisor.asActor());

        // Sent by SMS (and e-mail when there is one), the link in the message as sent; staff read it masked.
        List<OutboxMessage> sent = invitations.outbox(id);
        assertThat(sent).filteredOn(m -> m.channel() == MessageChannel.SMS && m.body().contains("/approve/")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains("/approve/•••").doesNotContain(request.token()));
        assertThat(storedSms(id)).contains("/approve/" + request.token());
        assertThat(request.token()).hasSize(43);

        // The page: the car, the lines, the price; nothing else of the customer's.
        HttpResponse<String> page = get("/approve/" + request.token() + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/html"));
        assertThat(page.body()).contains(card.plate(), "Front brake pads worn to 2 mm", "They squeal and stop poorly",
                "Wiper blades streak", "€189.50", "Safety: now").doesNotContain("<script", card.customerPhone());

        // One line left without a choice: named, nothing recorded.
        HttpResponse<String> half = post("/approve/" + request.token(), Map.of("lang", "en", "line-" + pads, "APPROVED"));
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.body()).contains("Wiper blades streak: choose “Yes, do it” or “No, not now”", "id=\"line-" + wipers
                + "\" class=\"invalid\"", "id=\"line-" + pads + "-approved\" name=\"line-" + pads + "\" value=\"APPROVED\" checked");
        assertThat(extraWork.awaitingAnswer(id)).hasSize(2);

        HttpResponse<String> answered = post("/approve/" + request.token(),
                Map.of("lang", "en", "line-" + pads, "APPROVED", "line-" + wipers, "DECLINED"));
        assertThat(answered.statusCode()).isEqualTo(200);
        // "If you want to change something, call us": with the workshop's name and number right there.
        assertThat(answered.body()).contains("Thank you", "call us", CONTACT);

        List<ExtraWork> lines = overview.extraWork(id);
        assertThat(lines).extracting(ExtraWork::decision).containsExactly(Decision.APPROVED, Decision.DECLINED);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.decidedVia()).isEqualTo(ContactChannel.LINK);
            // Who decided is kept as the customer and a key: each reader sees it in their own language.
            assertThat(StoredText.read(l.decidedBy(), Messages.FINNISH))
                    .isEqualTo(card.customerName() + " (asiakas, linkin kautta)");
            assertThat(StoredText.read(l.decidedBy(), Locale.ENGLISH))
                    .isEqualTo(card.customerName() + " (customer, through the link)");
            assertThat(l.decidedAt()).isNotNull();
        });
        assertThat(lines.get(0).priceEstimate()).isEqualByComparingTo("189.50");
        assertThat(overview.card(id).status()).isEqualTo(WorkStatus.WAITING);

        // Single use: the same link again is gone, and says so kindly.
        HttpResponse<String> again = post("/approve/" + request.token(),
                Map.of("lang", "en", "line-" + pads, "DECLINED", "line-" + wipers, "DECLINED"));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("These answers were already sent", "call the workshop", CONTACT);
        assertThat(overview.extraWork(id).get(0).decision()).isEqualTo(Decision.APPROVED);
    }

    @Test
    void the_page_shows_the_photos_of_its_lines_and_no_other_photo() throws Exception {
        long other = waitingCar();
        long id = waitingCar(); // (its lines are pads and wipers from here on)
        long shot = photos.attach(pads, Photos.picture(800, 600, "jpg"), advisor.asActor());
        long elsewhere = photos.attach(overview.extraWork(other).get(0).id(),
                Photos.picture(80, 60, "jpg"), advisor.asActor());
        ApprovalRequest request = approvals.send(id, Map.of(), advisor.asActor());

        assertThat(get("/approve/" + request.token()).body())
                .contains("<img class=\"photo\" src=\"/approve/" + request.token() + "/photos/" + shot + "\"");
        HttpResponse<String> image = get("/approve/" + request.token() + "/photos/" + shot);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(get("/approve/" + request.token() + "/photos/" + elsewhere).statusCode()).isEqualTo(404);
        assertThat(get("/approve/" + "y".repeat(43) + "/photos/" + shot).statusCode()).isEqualTo(404);
    }

    @Test
    void an_unknown_or_expired_link_answers_a_friendly_page_with_no_customer_data() throws Exception {
        long id = waitingCar();
        ApprovalRequest request = approvals.send(id, Map.of(), advisor.asActor());

        HttpResponse<String> unknown = get("/approve/" + "x".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Tämä linkki ei toimi", "soita korjaamolle", CONTACT)
                .doesNotContain(overview.card(id).plate());
        assertThat(get("/approve/" + "x".repeat(500)).statusCode()).isEqualTo(404);

        clock.use(Clock.fixed(clock.now().plus(Duration.ofHours(49)), ZoneOffset.UTC));
        HttpResponse<String> expired = get("/approve/" + request.token() + "?lang=en");
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("This link has expired", "Call the workshop", CONTACT)
                .doesNotContain(overview.card(id).plate());
    }

    @Test
    void a_line_decided_at_the_counter_meanwhile_keeps_that_decision() throws Exception {
        long id = waitingCar();
        ApprovalRequest request = approvals.send(id, Map.of(), advisor.asActor());
        extraWork.decideExtraWork(pads, Decision.DECLINED, ContactChannel.PHONE, advisor.asActor());

        assertThat(get("/approve/" + request.token() + "?lang=en").body()).contains("Already agreed with us: Declined");
        HttpResponse<String> answered = post("/approve/" + request.token(), Map.of("line-" + wipers, "APPROVED"));

        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(overview.extraWork(id)).extracting(ExtraWork::decision)
                .containsExactly(Decision.DECLINED, Decision.APPROVED);
    }

    @Test
    void nothing_is_sent_without_a_waiting_line_or_with_a_bad_price() {
        long id = waitingCar();
        assertThatThrownBy(() -> approvals.send(id, Map.of(pads, new BigDecimal("-5"), wipers,
                new BigDecimal("1.234")), advisor.asActor())).isInstanceOf(Problem.class)
                .satisfies(p -> assertThat(((Problem) p).problems()).extracting(Problem::key)
                        .containsExactlyInAnyOrder("amount.negative", "amount.tooManyDecimals"));
        assertThat(approvals.ofVisit(id)).isEmpty();

        extraWork.decideExtraWork(pads, Decision.APPROVED, ContactChannel.PHONE, advisor.asActor());
        extraWork.decideExtraWork(wipers, Decision.APPROVED, ContactChannel.PHONE, advisor.asActor());
        assertThatThrownBy(() -> approvals.send(id, Map.of(), advisor.asActor())).isInstanceOf(Problem.class)
                .hasMessageContaining("no extra work waits");
    }
}
