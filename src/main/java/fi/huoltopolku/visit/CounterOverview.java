package fi.huoltopolku.visit;

import java.util.List;

/** The advisor's counter: overdue promises first, then today's arrivals, cars in the house, cars ready. */
public record CounterOverview(List<VisitCard> overdue, List<VisitCard> arrivals, List<VisitCard> inHouse,
        List<VisitCard> ready, List<VisitCard> handedToMe) {
}
