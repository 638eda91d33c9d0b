package fi.huoltopolku.visit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something about the car the customer would want to hear (published by {@link VisitService} in the
 * change's transaction; the status messages tell the customer by their channel, with their consent).
 */
public record CustomerNews(long visitId, Kind kind, @Nullable Instant promisedBefore, @Nullable Instant promisedNow,
        @Nullable String reason) {

    public enum Kind {
        /** The car is checked in at the counter. */
        CHECKED_IN,
        /** The car is ready for pickup. */
        READY,
        /** The promised time moved later; the advisor chose to tell the customer. */
        DELAY
    }
}
