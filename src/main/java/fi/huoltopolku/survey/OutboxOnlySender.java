package fi.huoltopolku.survey;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** The default sender: the message stays in the outbox for the advisor to see; nothing leaves. */
@Singleton
@Primary
@Requires(missingProperty = "huoltopolku.smtp.host")
class OutboxOnlySender implements MessageSender {

    @Override
    public MessageStatus send(OutboxMessage message) {
        return MessageStatus.RECORDED;
    }
}
