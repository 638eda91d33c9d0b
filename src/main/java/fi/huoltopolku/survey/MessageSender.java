package fi.huoltopolku.survey;

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
}
