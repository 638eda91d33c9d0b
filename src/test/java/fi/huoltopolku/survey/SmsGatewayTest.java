package fi.huoltopolku.survey;

import com.sun.net.httpserver.HttpServer;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static org.assertj.core.api.Assertions.assertThat;

/** Text messages through an HTTP SMS gateway: a stub gateway on loopback hears them, or refuses them. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmsGatewayTest implements TestPropertyProvider {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int answer = 202;
    private final HttpServer gateway;

    SmsGatewayTest() {
        try {
            gateway = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gateway.createContext("/sms", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        gateway.start();
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("huoltopolku.sms.url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms",
                "huoltopolku.sms.token", "gateway-secret", "huoltopolku.sms.from", "Autohuolto");
    }

    @AfterAll
    void stop() {
        gateway.stop(0);
    }

    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject PeopleService people;
    @Inject InvitationService invitations;

    @Test
    void the_gateway_gets_each_text_and_the_outbox_says_it_was_sent_or_why_not() {
        answer = 202;
        long id = Journeys.upTo(Stage.CHECKED_IN, visits, checks, Staff.advisor(people), Staff.technician(people));
        String phone = overview.card(id).customerPhone();

        assertThat(received).anySatisfy(body -> assertThat(body).contains("\"to\":\"" + phone + "\"",
                "\"from\":\"Autohuolto\"", "on vastaanotettu"));
        assertThat(authorizations).contains("Bearer gateway-secret");
        assertThat(invitations.outbox(id)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MessageStatus.SENT);
            assertThat(m.detail()).isNull();
        });

        answer = 503;
        long other = Journeys.upTo(Stage.CHECKED_IN, visits, checks, Staff.advisor(people), Staff.technician(people));
        assertThat(invitations.outbox(other)).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(m.detail()).isEqualTo("SMS gateway answered 503");
        });
    }
}
