package fi.huoltopolku.customer;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A customer of the workshop. {@code phoneKey} is the phone number's digits, for searching;
 * {@code contactDeclined}: no messages (survey invitations, status messages) are sent;
 * {@code messagesBy}: how they chose to hear from the workshop (none chosen: see {@link #channel()}).
 */
@MappedEntity(value = "customer", escape = false)
public record Customer(@Id @GeneratedValue @Nullable Long id, String name, @Nullable String phone,
        @Nullable String phoneKey, @Nullable String email, String language, Instant createdAt,
        boolean contactDeclined, @Version @Nullable Long version, @Nullable MessagesBy messagesBy) {

    /** The channel the customer's messages go by: their choice when it can reach them, else SMS with a phone, else e-mail. */
    public @Nullable MessagesBy channel() {
        if (messagesBy == MessagesBy.SMS && phone != null || messagesBy == MessagesBy.EMAIL && email != null) {
            return messagesBy;
        }
        return phone != null ? MessagesBy.SMS : email != null ? MessagesBy.EMAIL : null;
    }
}
