package fi.huoltopolku.visit;

import java.util.List;

/** Everything about one visit: the card, its timeline, extra-work lines and customer contacts. */
public record VisitDetails(VisitCard card, List<VisitEvent> timeline, List<ExtraWork> extraWork,
        List<CustomerContact> contacts) {
}
