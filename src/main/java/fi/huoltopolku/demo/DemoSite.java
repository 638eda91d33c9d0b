package fi.huoltopolku.demo;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.visit.Stage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One site of the demo group: where it is and when it is open, who works there, how busy it is,
 * and what its customers notice that its checks do not (a planted blind spot). The first site is
 * the workshop the demo always had (its settings are the installation's, its staff
 * {@link DemoStaff}'s own); the other two are smaller, so the demo starts about as fast as before.
 * Changes when the demo group's sites, people or story should change.
 *
 * @param days visits booked on an open day of the past months: {@code days} to {@code days + spread - 1}
 * @param historyDays at most this many days back (the configured history is the limit)
 * @param blindSpot the theme whose checks this site's staff always tick while its customers are not satisfied
 */
record DemoSite(String code, @Nullable String name, @Nullable String address, @Nullable String contact,
        @Nullable String opens, @Nullable String closes, @Nullable String openDays, @Nullable String sender,
        String[][] advisors, String[][] technicians, String[] foreman, int days, int spread, int historyDays,
        int customers, Stage[] inTheHouse, int arrivalsToday, int arrivalsTomorrow, @Nullable String blindSpot,
        long seed) {

    private static final String WEEKDAYS = "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY";

    /** The workshop the demo always had: four to seven visits a day, every stage of the board twice. */
    static final DemoSite FIRST = new DemoSite("main", null, null, null, null, null, null, null,
            new String[0][], new String[0][], new String[0], 4, 4, Integer.MAX_VALUE, 220,
            new Stage[] {Stage.READY, Stage.READY, Stage.WASH, Stage.QUALITY_CHECK, Stage.QUALITY_CHECK,
                    Stage.IN_WORK, Stage.IN_WORK, Stage.IN_WORK, Stage.IN_WORK, Stage.IN_WORK, Stage.IN_WORK,
                    Stage.CHECKED_IN, Stage.CHECKED_IN}, 6, 5, null, 0);

    private static final Stage[] SMALL_HOUSE = {Stage.READY, Stage.WASH, Stage.QUALITY_CHECK, Stage.IN_WORK,
            Stage.IN_WORK, Stage.IN_WORK, Stage.CHECKED_IN};

    /** Tampere: open on Saturdays too, two advisors, three technicians; nothing planted. */
    static final DemoSite TAMPERE = new DemoSite("tampere", "Demo Autohuolto Tampere",
            "Hervannan valtaväylä 12, 33720 Tampere", "+358 3 123 4567, tampere@example.com", "08:00", "17:00",
            WEEKDAYS + ",SATURDAY", "AutoTampere",
            new String[][] {{"mirja", "Mirja Aaltonen"}, {"olli", "Olli Rantanen"}},
            new String[][] {{"tuomas", "Tuomas Peltonen"}, {"henri", "Henri Lindholm"}, {"eero", "Eero Jokinen"}},
            new String[] {"sami", "Sami Kallio"}, 0, 3, 60, 90, SMALL_HOUSE, 3, 3, null, 2);

    /**
     * Turku: closes at half past four; its staff tick every care and cleanliness check (covers fitted,
     * car clean, washed) while every other customer finds the car less clean than they left it.
     */
    static final DemoSite TURKU = new DemoSite("turku", "Demo Autohuolto Turku",
            "Ratapihankatu 40, 20100 Turku", "+358 2 123 4567, turku@example.com", "08:00", "16:30",
            WEEKDAYS, "AutoTurku",
            new String[][] {{"hanna", "Hanna Laaksonen"}},
            new String[][] {{"kalle", "Kalle Lahtinen"}, {"markus", "Markus Ojala"}, {"niko", "Niko Väisänen"}},
            new String[] {"jukka", "Jukka Saarinen"}, 1, 2, 60, 90, SMALL_HOUSE, 3, 3, "CARE", 3);

    /** The sites the demo adds beside the first, in order. */
    static final List<DemoSite> OTHERS = List.of(TAMPERE, TURKU);

    /** Creates the site with its own name, address, contact, opening hours and days; its id. */
    long create(Sites sites, WorkshopClock clock) {
        Site site = sites.save(new Site(null, code, name, address, contact, null, null, opens, closes, openDays,
                null, sender, clock.now(), null));
        return site.siteId();
    }
}
