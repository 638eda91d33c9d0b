package fi.huoltopolku.survey;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A survey invitation: its token is the customer's only credential; single use, expiring. */
@MappedEntity(value = "survey_invitation", escape = false)
public record Invitation(@Id @GeneratedValue @Nullable Long id, Long visitId, String token, String language,
        Instant createdAt, Instant expiresAt, @Nullable Instant usedAt, @Version @Nullable Long version) {

    public boolean open(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    Invitation used(Instant at) {
        return new Invitation(id, visitId, token, language, createdAt, expiresAt, at, version);
    }
}
