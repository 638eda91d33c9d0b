package fi.huoltopolku.quality;

import org.jspecify.annotations.Nullable;

/**
 * A visit where the two sides disagree on a theme: the checks all passed and the customer was not
 * satisfied (a blind spot in one visit), or the reverse; with the customer's own words.
 */
public record DiscordantVisit(long visitId, String plate, String customerName, String theme, boolean checksPassed,
        int rating, @Nullable String comment) {
}
