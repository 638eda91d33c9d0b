package fi.huoltopolku.feedback;

import fi.huoltopolku.survey.ResponseSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A case as the inbox shows it: the customer's own words and ratings next to who owns it and when it is due. */
public record FeedbackCard(long id, long version, long visitId, String plate, String customerName,
        @Nullable String phone, boolean contactConsent, ResponseSource source, int overall, @Nullable Integer nps,
        Map<String, Integer> ratings, @Nullable String comment, List<String> reasons, CaseStatus status,
        @Nullable Long ownerId, @Nullable String ownerName, Instant openedAt, Instant dueAt, boolean overdue,
        @Nullable String contactNote, @Nullable String resolution, List<String> tags, List<String> suggestedTags) {
}
