package fi.huoltopolku.survey;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message to a customer, as recorded in the outbox: to whom, how, what, when, and what became of it. */
@MappedEntity(value = "outbox_message", escape = false)
public record OutboxMessage(@Id @GeneratedValue @Nullable Long id, Long visitId, String recipient,
        MessageChannel channel, String subject, String body, Instant createdAt, MessageStatus status,
        @Nullable String detail) {

    OutboxMessage withStatus(MessageStatus newStatus, @Nullable String why) {
        return new OutboxMessage(id, visitId, recipient, channel, subject, body, createdAt, newStatus, why);
    }
}
