package fi.huoltopolku.visit;

import java.time.LocalDate;
import java.util.List;

/**
 * The advisor's counter: overdue promises first, then the arrivals of {@code arrivalsDay} (today, or
 * tomorrow after closing time), cars in the house, cars ready.
 */
public record CounterOverview(List<VisitCard> overdue, LocalDate arrivalsDay, List<VisitCard> arrivals, List<VisitCard> inHouse,
        List<VisitCard> ready, List<VisitCard> handedToMe) {
}
