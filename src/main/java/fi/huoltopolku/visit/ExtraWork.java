package fi.huoltopolku.visit;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A line of extra work found in the workshop, and the customer's decision on it. */
@MappedEntity(value = "extra_work", escape = false)
public record ExtraWork(@Id @GeneratedValue @Nullable Long id, Long visitId, String description,
        @Nullable String reason, Urgency urgency, Decision decision, String flaggedBy, Instant flaggedAt,
        @Nullable String decidedBy, @Nullable ContactChannel decidedVia, @Nullable Instant decidedAt,
        @Nullable Instant doneAt, java.math.@Nullable BigDecimal priceEstimate, @Version @Nullable Long version) {

    /** How a description picked from the tablet's presets is stored: the preset's key, not one language's words. */
    public static final String PRESET = "preset:";

    /** What the work is, in both languages: a preset says itself in the reader's language, typed words as typed. */
    public fi.huoltopolku.base.Localized what() {
        return what(description);
    }

    /** A stored description (as in the timeline) in both languages. */
    public static fi.huoltopolku.base.Localized what(String description) {
        if (description != null && description.startsWith(PRESET)) {
            String key = "preset." + description.substring(PRESET.length());
            return new fi.huoltopolku.base.Localized(fi.huoltopolku.base.Messages.text(key, java.util.Locale.ENGLISH),
                    fi.huoltopolku.base.Messages.text(key, fi.huoltopolku.base.Messages.FINNISH));
        }
        return new fi.huoltopolku.base.Localized(description, description);
    }

    /** Approved but not yet done, or still waiting for the customer: blocks the car leaving the workshop. */
    public boolean open() {
        return decision == Decision.PENDING || (decision == Decision.APPROVED && doneAt == null);
    }

    ExtraWork decided(Decision newDecision, String by, ContactChannel via, Instant at) {
        return new ExtraWork(id, visitId, description, reason, urgency, newDecision, flaggedBy, flaggedAt, by, via, at,
                doneAt, priceEstimate, version);
    }

    ExtraWork done(Instant at) {
        return new ExtraWork(id, visitId, description, reason, urgency, decision, flaggedBy, flaggedAt, decidedBy,
                decidedVia, decidedAt, at, priceEstimate, version);
    }

    ExtraWork priced(java.math.@Nullable BigDecimal price) {
        return new ExtraWork(id, visitId, description, reason, urgency, decision, flaggedBy, flaggedAt, decidedBy,
                decidedVia, decidedAt, doneAt, price, version);
    }
}
