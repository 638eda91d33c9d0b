package fi.huoltopolku.visit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A car's whole history with the workshop: its visits (newest first) with the stages each entered,
 * the extra work the customer declined on them (on file for the next visit), and every contact.
 */
public record VehicleHistory(List<VisitCard> visits, Map<Long, Set<Stage>> entered, List<ExtraWork> declined,
        List<CustomerContact> contacts, List<Elsewhere> elsewhere) {

    /** A visit of the car at a site the caller does not see: only the site and the day it was booked for. */
    public record Elsewhere(long siteId, Instant bookedAt) {
    }

    /** Whether the visit reached the customer's handover (else it was cancelled, or is still open). */
    public boolean handedOver(long visitId) {
        return entered.getOrDefault(visitId, Set.of()).contains(Stage.FOLLOW_UP);
    }
}
