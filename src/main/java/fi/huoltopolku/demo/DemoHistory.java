package fi.huoltopolku.demo;

import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.demo.DemoStaff.Crew;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.quality.ImprovementService;
import fi.huoltopolku.visit.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The demo's past months: a few visits every working day, long closed or (the last week's) still in
 * follow-up, and the improvement action the manager started on what they showed. Changes when the
 * demo's history should be longer, busier or tell another story.
 */
final class DemoHistory {

    private final DemoJourney journey;
    private final ImprovementService improvements;
    private final int historyDays;

    DemoHistory(DemoJourney journey, ImprovementService improvements, int historyDays) {
        this.journey = journey;
        this.improvements = improvements;
        this.historyDays = historyDays;
    }

    /**
     * A few visits on every day the site was open in the past {@code historyDays} (the first site four
     * to seven from opening time, the others fewer, over fewer days); how many in all.
     */
    int visits(Crew crew, List<CustomerDetails> fleet, LocalDate today, Instant now) {
        Random random = crew.random;
        DemoSite site = crew.site;
        int count = 0;
        for (int back = Math.min(historyDays, site.historyDays()); back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            if (!crew.hours.isOpen(day)) {
                continue;
            }
            int visitsToday = site.days() + random.nextInt(site.spread());
            for (int i = 0; i < visitsToday; i++) {
                Instant booked = crew.hours.opening(day).plus(Duration.ofMinutes(40L * i));
                Stage until = back > 7 ? Stage.CLOSED : Stage.FOLLOW_UP;
                journey.journey(crew, fleet.get(random.nextInt(fleet.size())), booked, until, now, crew.technician());
                count++;
            }
        }
        return count;
    }

    /** An improvement action on timeliness started six weeks ago, practised twice. */
    void improvementAction(Person manager, LocalDate today) {
        long action = improvements.start("TIMELINESS", "Lupausajat korjaamon todellisen kuorman mukaan; asiakkaalle "
                + "soitetaan heti, kun lupaus on vaarassa", manager.id(), today.minusWeeks(6), manager.asActor());
        improvements.practised(action, today.minusWeeks(6).plusDays(2), "Aino, Mikko, Sara, Kari", "Kuormataulun läpikäynti");
        improvements.practised(action, today.minusWeeks(4), "Aino, Mikko, Sara", "Asiakkaalle soittaminen viivästyksestä: roolileikki");
        improvements.advance(action, 0);
    }
}
