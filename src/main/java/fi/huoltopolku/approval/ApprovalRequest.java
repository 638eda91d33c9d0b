package fi.huoltopolku.approval;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A link sent to the customer asking about a car's waiting extra work: single use, expiring. */
@MappedEntity(value = "approval_request", escape = false)
public record ApprovalRequest(@Id @GeneratedValue @Nullable Long id, Long visitId, String token, String language,
        Instant createdAt, String createdBy, Instant expiresAt, @Nullable Instant usedAt,
        @Version @Nullable Long version) {

    public boolean open(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    ApprovalRequest used(Instant at) {
        return new ApprovalRequest(id, visitId, token, language, createdAt, createdBy, expiresAt, at, version);
    }
}
