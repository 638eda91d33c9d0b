package fi.huoltopolku.visit;

import fi.huoltopolku.base.Localized;
import fi.huoltopolku.base.Messages;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A line of extra work found in the workshop, and the customer's decision on it. */
@MappedEntity(value = "extra_work", escape = false)
public record ExtraWork(@Id @GeneratedValue @Nullable Long id, Long visitId, String description,
        @Nullable String reason, Urgency urgency, Decision decision, String flaggedBy, Instant flaggedAt,
        @Nullable String decidedBy, @Nullable ContactChannel decidedVia, @Nullable Instant decidedAt,
        @Nullable Instant doneAt, java.math.@Nullable BigDecimal priceEstimate, @Version @Nullable Long version) {

    /** How a description picked from the tablet's presets is stored: the preset's key, not one language's words. */
    public static final String PRESET = "preset:";

    /** The tablet's preset findings, each named by {@code preset.<name>} in both languages. */
    public static final List<String> PRESETS = List.of("brakePads", "brakeDiscs", "tyres", "wipers", "battery", "bulb",
            "cabinFilter", "shockAbsorbers", "exhaust", "coolantLeak", "oilLeak", "timingBelt");

    /** What the work is, in both languages: a preset says itself in the reader's language, typed words as typed. */
    public Localized what() {
        return what(description);
    }

    /**
     * A stored description (as in the timeline) in both languages. Lines stored before presets were
     * kept as keys hold a preset's words in one language: those are read as the preset too.
     */
    public static Localized what(String description) {
        String preset = description == null ? null
                : description.startsWith(PRESET) ? description.substring(PRESET.length()) : Legacy.PRESETS.get(description);
        if (preset != null) {
            String key = "preset." + preset;
            return new Localized(Messages.text(key, Locale.ENGLISH), Messages.text(key, Messages.FINNISH));
        }
        return new Localized(description, description);
    }

    /** A preset's words in English or Finnish → the preset. */
    private static final class Legacy {
        static final Map<String, String> PRESETS = new HashMap<>();

        static {
            for (String preset : ExtraWork.PRESETS) {
                PRESETS.put(Messages.text("preset." + preset, Locale.ENGLISH), preset);
                PRESETS.put(Messages.text("preset." + preset, Messages.FINNISH), preset);
            }
        }
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
