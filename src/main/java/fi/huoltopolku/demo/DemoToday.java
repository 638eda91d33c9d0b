package fi.huoltopolku.demo;

import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.demo.DemoStaff.Crew;
import fi.huoltopolku.matter.MatterService;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.Stage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's day at a site: cars in every stage of the board in the workshop, arrivals still to come
 * at the counter (tomorrow's after closing time) and (at the first site) customer matters that are not
 * visits, laid out in the site's opening hours around the hour the demo starts. Changes when the
 * scene a newcomer opens should change.
 */
final class DemoToday {

    private static final Logger LOG = LoggerFactory.getLogger(DemoToday.class);

    private final DemoJourney journey;
    private final MatterService matters;
    private final CustomerService customers;
    private final PeopleService people;

    DemoToday(DemoJourney journey, MatterService matters, CustomerService customers,
            PeopleService people) {
        this.journey = journey;
        this.matters = matters;
        this.customers = customers;
        this.people = people;
    }

    /** Lays out the day as of {@code now}; how many visits it made. */
    int day(Crew crew, List<CustomerDetails> fleet, LocalDate today, Instant now) {
        // The scene: the latest stretch of opening hours, every stage of the board alive, some promises
        // at risk or passed; each technician has a car in work. Before opening (and in the first two
        // hours) the cars in the house are the ones left from the previous day.
        DemoHours hours = crew.hours;
        LocalDate sceneDay = now.isBefore(hours.opening(today).plus(Duration.ofHours(2))) ? today.minusDays(1) : today;
        Instant sceneEnd = now.isBefore(hours.closing(sceneDay)) ? now : hours.closing(sceneDay);
        // Each car of the scene and of the arrivals once: a car in the house is never booked or
        // brought in again beside itself (the journey refuses a second visit in the house anyway).
        Set<CustomerDetails> taken = new HashSet<>();
        int count = inTheHouse(crew, fleet, taken, sceneDay, sceneEnd, now);
        count += arrivals(crew, fleet, taken, today, now);
        if (crew.siteId == Site.FIRST) {
            matters(crew, fleet, sceneEnd);
        }
        return count;
    }

    /** The cars in the house, booked through the scene's stretch of opening hours, each stage of the board alive. */
    private int inTheHouse(Crew crew, List<CustomerDetails> fleet, Set<CustomerDetails> taken, LocalDate sceneDay,
            Instant sceneEnd, Instant now) {
        List<Person> technicians = crew.technicians;
        DemoHours hours = crew.hours;
        Instant sceneStart = hours.opening(sceneDay);
        Stage[] todays = crew.site.inTheHouse();
        long spacing = Duration.between(sceneStart, sceneEnd).toMinutes() / (todays.length + 1);
        // After closing time the advisors have promised the unfinished cars for the next working day.
        boolean closedSince = sceneEnd.isBefore(now);
        for (int i = 0; i < todays.length; i++) {
            Instant booked = sceneStart.plus(Duration.ofMinutes(spacing * i));
            Instant repromised = closedSince && todays[i].beforeHandover() && todays[i] != Stage.READY
                    ? hours.opening(sceneDay.plusDays(1)).plus(Duration.ofMinutes(90L + 40L * i)) : null;
            journey.journey(crew, free(fleet, crew.random, taken), booked, todays[i], sceneEnd,
                    technicians.get(i % technicians.size()), repromised);
        }
        return todays.length;
    }

    /** Arrivals still to come: the rest of today until closing (at least one), then tomorrow's morning. */
    private int arrivals(Crew crew, List<CustomerDetails> fleet, Set<CustomerDetails> taken, LocalDate today,
            Instant now) {
        Random random = crew.random;
        DemoHours hours = crew.hours;
        int count = 0;
        LocalDate arrivalsDay = hours.arrivalsDay(now);
        if (arrivalsDay.equals(today)) {
            Instant first = now.plus(Duration.ofMinutes(45));
            if (first.isBefore(hours.opening(today))) {
                first = hours.opening(today);
            } else if (first.isAfter(hours.closing(today).minus(Duration.ofMinutes(30)))) {
                // Closing soon: one last customer is on the way.
                first = now.plus(Duration.between(now, hours.closing(today)).dividedBy(2));
            }
            for (int i = 0; i < crew.site.arrivalsToday(); i++) {
                Instant booked = first.plus(Duration.ofMinutes(50L * i));
                if (i > 0 && booked.isAfter(hours.closing(today).minus(Duration.ofMinutes(30)))) {
                    break;
                }
                journey.journey(crew, free(fleet, random, taken), booked, Stage.BOOKED, now, crew.technician());
                count++;
            }
        }
        for (int i = 0; i < crew.site.arrivalsTomorrow(); i++) {
            Instant booked = hours.opening(today.plusDays(1)).plus(Duration.ofMinutes(30L + 45L * i));
            journey.journey(crew, free(fleet, random, taken), booked, Stage.BOOKED, now, crew.technician());
            count++;
        }
        return count;
    }

    /** Customer matters that are not visits: one for an advisor, one handed to the workshop. */
    private void matters(Crew crew, List<CustomerDetails> fleet, Instant sceneEnd) {
        List<Person> advisors = crew.advisors;
        journey.at(sceneEnd.minus(Duration.ofMinutes(50)));
        long quote = matters.open(customers.findOrCreate(fleet.get(0)).customerId(),
                "Kysyy hintaa neljälle talvirenkaalle asennettuna", ContactChannel.PHONE,
                people.department(Department.RECEPTION).id(), advisors.get(0).id(), advisors.get(0).asActor());
        long rattle = matters.open(customers.findOrCreate(fleet.get(1)).customerId(),
                "Kysyy, onko viime viikon huollon jälkeinen ääni normaali", ContactChannel.EMAIL,
                people.department(Department.RECEPTION).id(), advisors.get(1).id(), advisors.get(1).asActor());
        journey.at(sceneEnd.minus(Duration.ofMinutes(20)));
        matters.handOff(rattle, 0, people.department(Department.WORKSHOP).id(), crew.technicians.get(0).id(),
                "Teit huollon: soita asiakkaalle takaisin", advisors.get(1).asActor());
        LOG.debug("Demo matters {} and {}", quote, rattle);
    }

    /** A car of the fleet not {@code taken} yet (and taken now). */
    private static CustomerDetails free(List<CustomerDetails> fleet, Random random, Set<CustomerDetails> taken) {
        CustomerDetails car = fleet.get(random.nextInt(fleet.size()));
        while (!taken.add(car)) {
            car = fleet.get(random.nextInt(fleet.size()));
        }
        return car;
    }
}
