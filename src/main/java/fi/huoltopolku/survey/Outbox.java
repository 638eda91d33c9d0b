package fi.huoltopolku.survey;

import fi.huoltopolku.base.WorkshopClock;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Every message to a customer (survey invitations, extra-work approval links) is recorded here on
 * its visit and sent by a {@link MessageSender}: text messages by the SMS gateway's when one is
 * configured ({@link SmsGateway}, the sender named "sms"), the rest by the default sender (the outbox
 * alone, or SMTP for e-mail); what became of it is kept with it.
 *
 * <p>A message is sent only once the change that recorded it has committed, and outside its
 * transaction: a change that is rolled back tells the customer nothing, and a slow gateway or mail
 * server holds no row of the change locked while it answers. (A node that dies between the commit
 * and the sending leaves the message "in the outbox", where the advisor sees it.)
 */
@Singleton
public class Outbox {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutboxRepository outbox;
    private final MessageSender sender;
    private final WorkshopClock clock;
    private final @Nullable MessageSender sms;
    private final ApplicationEventPublisher<OutboxRecorded> recorded;
    private final TransactionOperations<Connection> transactions;

    Outbox(OutboxRepository outbox, MessageSender sender, WorkshopClock clock,
            @Named(SmsGateway.NAME) @Nullable MessageSender sms,
            ApplicationEventPublisher<OutboxRecorded> recorded,
            TransactionOperations<Connection> transactions) {
        this.recorded = recorded;
        this.transactions = transactions;
        this.sms = sms;
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    /** A new link token, a customer's only credential: 32 bytes from a secure random source, URL-safe (43 characters). */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Records a message to the customer of a visit; it is sent when the change commits. */
    @Transactional
    public void send(long visitId, String to, MessageChannel channel, String subject, String body) {
        OutboxMessage message = outbox.save(new OutboxMessage(null, visitId, to, channel, subject, body, clock.now(),
                MessageStatus.RECORDED, null));
        recorded.publishEvent(new OutboxRecorded(message.id()));
    }

    /** Sends a recorded message after its change committed, and keeps what became of it. */
    @TransactionalEventListener
    void onCommitted(OutboxRecorded event) {
        // Read-write transactions only: after the commit the change's connection may still be bound, and a
        // read-only transaction would leave it read-only for the update below (PostgreSQL refuses it then).
        OutboxMessage message = transactions.executeWrite(status -> outbox.findById(event.messageId())).orElse(null);
        if (message == null) {
            return;
        }
        MessageSender by = message.channel() == MessageChannel.SMS && sms != null ? sms : sender;
        MessageSender.Delivery delivery = by.deliver(message);
        if (delivery.status() != MessageStatus.RECORDED) {
            transactions.executeWrite(status -> outbox.update(message.withStatus(delivery.status(), delivery.detail())));
        }
    }
}
