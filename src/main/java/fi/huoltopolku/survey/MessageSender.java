package fi.huoltopolku.survey;

import org.jspecify.annotations.Nullable;

/**
 * Sends a message that is already recorded in the outbox. The default records only (the outbox is
 * visible on the visit); an SMTP sender takes over e-mail when {@code huoltopolku.smtp.host} is set.
 */
public interface MessageSender {

    /** @return what became of the message; never throws for a failed delivery */
    MessageStatus send(OutboxMessage message);

    /** The reason of the last failure, for the outbox. */
    default String failure() {
        return "";
    }

    /** What became of a message, and why when it failed. */
    record Delivery(MessageStatus status, @Nullable String detail) {
    }

    /** A file sent with a mail (the weekly report's PDF). */
    record Attachment(String fileName, String contentType, byte[] bytes) {
    }

    /**
     * Sends an e-mail with a file to a member of staff (not a customer's message: no visit, no
     * outbox row) and says what became of it. Without a mail server it stays recorded.
     */
    default Delivery deliverMail(String to, String subject, String body, Attachment attachment) {
        return new Delivery(MessageStatus.RECORDED, null);
    }

    /** Sends the message and says what became of it (a sender that knows why a message failed says so here). */
    default Delivery deliver(OutboxMessage message) {
        MessageStatus status = send(message);
        return new Delivery(status, status == MessageStatus.FAILED ? failure() : null);
    }
}
