package fi.huoltopolku.matter;

import fi.huoltopolku.visit.ContactChannel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A matter as a queue shows it: whose, about what, who has it, and the last handoff's reason. */
public record MatterCard(long id, long version, long customerId, String customerName, @Nullable String phone,
        String subject, ContactChannel channel, String ownerDepartmentCode, @Nullable Long ownerPersonId,
        @Nullable String ownerPersonName, MatterStatus status, Instant openedAt, String openedBy,
        @Nullable String lastNote) {
}
