package fi.huoltopolku.feedback;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A customer's answer that needs someone: owned, due, contacted, resolved. */
@MappedEntity(value = "feedback_case", escape = false)
public record FeedbackCase(@Id @GeneratedValue @Nullable Long id, Long visitId, Long responseId,
        @Nullable Long ownerId, CaseStatus status, String reasons, Instant openedAt, Instant dueAt,
        @Nullable Instant contactedAt, @Nullable String contactNote, @Nullable Instant resolvedAt,
        @Nullable String resolution, @Version @Nullable Long version) {

    FeedbackCase contacted(Instant at, String note) {
        return new FeedbackCase(id, visitId, responseId, ownerId, CaseStatus.CONTACTED, reasons, openedAt, dueAt, at,
                note, resolvedAt, resolution, version);
    }

    FeedbackCase resolved(Instant at, String how) {
        return new FeedbackCase(id, visitId, responseId, ownerId, CaseStatus.RESOLVED, reasons, openedAt, dueAt,
                contactedAt, contactNote, at, how, version);
    }

    FeedbackCase ownedBy(long personId) {
        return new FeedbackCase(id, visitId, responseId, personId, status, reasons, openedAt, dueAt, contactedAt,
                contactNote, resolvedAt, resolution, version);
    }
}
