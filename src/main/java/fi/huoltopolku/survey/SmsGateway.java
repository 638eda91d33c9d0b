package fi.huoltopolku.survey;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends text messages through an HTTP SMS gateway when {@code huoltopolku.sms.url} is set: a POST of
 * {@code {"to", "from", "text"}} as JSON, with {@code Authorization: Bearer} the
 * {@code huoltopolku.sms.token} (from the environment); any 2xx answer is sent, anything else is
 * failed with the reason kept on the outbox message. Without it, text messages stay recorded in the
 * outbox (the default sender), as before.
 */
@Singleton
@Named(SmsGateway.NAME)
@Requires(property = "huoltopolku.sms.url")
public class SmsGateway implements MessageSender {

    /** The name the outbox asks for its text-message sender by. */
    static final String NAME = "sms";

    private static final Logger LOG = LoggerFactory.getLogger(SmsGateway.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI url;
    private final String token;
    private final String from;
    private final JsonMapper json;

    SmsGateway(@Value("${huoltopolku.sms.url}") String url, @Value("${huoltopolku.sms.token:}") String token,
            @Value("${huoltopolku.sms.from:Huoltopolku}") String from, JsonMapper json) {
        this.url = URI.create(url);
        this.token = token;
        this.from = from;
        this.json = json;
    }

    @Override
    public MessageStatus send(OutboxMessage message) {
        return deliver(message).status();
    }

    @Override
    public Delivery deliver(OutboxMessage message) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                            Map.of("to", message.recipient(), "from", from, "text", message.body()))));
            if (!token.isBlank()) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<Void> answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() / 100 == 2) {
                return new Delivery(MessageStatus.SENT, null);
            }
            return new Delivery(MessageStatus.FAILED, "SMS gateway answered " + answer.statusCode());
        } catch (IOException e) {
            LOG.warn("SMS gateway {} unreachable: {}", url, e.toString());
            return new Delivery(MessageStatus.FAILED, "SMS gateway unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Delivery(MessageStatus.FAILED, "SMS gateway unreachable");
        }
    }
}
