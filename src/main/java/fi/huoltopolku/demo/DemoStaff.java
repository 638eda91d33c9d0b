package fi.huoltopolku.demo;

import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.security.ui.LoginView;
import fi.huoltopolku.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's staff: who works in which department, and how they sign in (passwords, tablet badges,
 * the integration's API token, the admin). Changes when the demo's cast or its documented sign-ins do.
 */
final class DemoStaff {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStaff.class);

    private static final String[][] ADVISORS = {{"aino", "Aino Laine"}, {"mikko", "Mikko Heikkinen"},
            {"sara", "Sara Niemi"}};
    private static final String[][] TECHNICIANS = {{"juha", "Juha Korhonen"}, {"pekka", "Pekka Mäkinen"},
            {"antti", "Antti Virtanen"}, {"ville", "Ville Nieminen"}, {"jari", "Jari Hämäläinen"},
            {"timo", "Timo Koskinen"}};

    private final PeopleService people;
    private final AccountService accounts;
    private final ApiTokenService tokens;
    /** More technicians with a tablet badge each, beside the demo's own (a load test's tablets: bench/load.sh). */
    private final int extraTechnicians;
    /** The next tablet badge: the first site's technicians from 1001, then the extra ones, then the other sites'. */
    private int badge = 1001;

    DemoStaff(PeopleService people, AccountService accounts, ApiTokenService tokens, int extraTechnicians) {
        this.people = people;
        this.accounts = accounts;
        this.tokens = tokens;
        this.extraTechnicians = extraTechnicians;
    }

    /** Creates the first site's staff and their sign-ins; the crew picks among them with {@code random}. */
    Crew hire(Random random, DemoHours hours) {
        List<Person> advisors = new ArrayList<>();
        List<Person> technicians = new ArrayList<>();
        for (String[] a : ADVISORS) {
            advisors.add(people.create(a[0], a[1], Role.ADVISOR, Department.RECEPTION));
        }
        for (String[] t : TECHNICIANS) {
            technicians.add(people.create(t[0], t[1], Role.TECHNICIAN, Department.WORKSHOP));
        }
        Person foreman = people.create("kari", "Kari Lehtonen", Role.FOREMAN, Department.WORKSHOP);
        Person manager = people.create("leena", "Leena Järvinen", Role.MANAGER, Department.RECEPTION);
        Person valet = people.create("emma", "Emma Salo", Role.TECHNICIAN, Department.VALET);
        credentials(advisors, technicians, List.of(foreman, manager, valet));
        return new Crew(Site.FIRST, DemoSite.FIRST, hours, advisors, technicians, foreman, manager, valet, random);
    }

    /**
     * Creates another site's staff, their roles held at that site, with passwords and the next tablet
     * badges; the site's last technician also washes the cars, and the group manager is theirs.
     */
    Crew hireAt(long siteId, DemoSite site, DemoHours hours, Person manager, Random random) {
        Actor setup = Actor.integration(StoredText.of("actor.demoData"));
        List<Person> advisors = new ArrayList<>();
        List<Person> technicians = new ArrayList<>();
        for (String[] a : site.advisors()) {
            advisors.add(people.create(a[0], a[1], Role.ADVISOR, Department.RECEPTION, siteId));
        }
        for (String[] t : site.technicians()) {
            technicians.add(people.create(t[0], t[1], Role.TECHNICIAN, Department.WORKSHOP, siteId));
        }
        Person foreman = people.create(site.foreman()[0], site.foreman()[1], Role.FOREMAN, Department.WORKSHOP,
                siteId);
        List<Person> everyone = new ArrayList<>(advisors);
        everyone.addAll(technicians);
        everyone.add(foreman);
        for (Person person : everyone) {
            accounts.setPassword(person.id(), LoginView.DEMO_PASSWORD, setup);
        }
        for (Person technician : technicians) {
            accounts.setPin(technician.id(), String.valueOf(badge++), "1234", setup);
        }
        return new Crew(siteId, site, hours, advisors, technicians, foreman, manager,
                technicians.get(technicians.size() - 1), random);
    }

    /** The group manager: a manager's role held at the group, every site's figures and the group comparison. */
    Person groupManager() {
        Person manager = people.create("ryhma", "Riikka Ryhmä", Role.MANAGER, Department.RECEPTION, null);
        accounts.setPassword(manager.id(), LoginView.DEMO_PASSWORD, Actor.integration(StoredText.of("actor.demoData")));
        return manager;
    }

    /**
     * The documented demo sign-ins (also on the login page and in the README): everyone signs in
     * with their username and {@link LoginView#DEMO_PASSWORD}; technicians on the tablet with badge
     * 1001, 1002... and PIN 1234; "admin" administers.
     */
    private void credentials(List<Person> advisors, List<Person> technicians, List<Person> others) {
        Actor setup = Actor.integration(StoredText.of("actor.demoData"));
        List<Person> everyone = new ArrayList<>(advisors);
        everyone.addAll(technicians);
        everyone.addAll(others);
        for (Person person : everyone) {
            accounts.setPassword(person.id(), LoginView.DEMO_PASSWORD, setup);
        }
        for (Person technician : technicians) {
            accounts.setPin(technician.id(), String.valueOf(badge++), "1234", setup);
        }
        // Extra technicians (none unless configured): the next badges, no jobs of their own.
        for (int i = 1; i <= extraTechnicians; i++) {
            Person extra = people.create("asentaja" + i, "Asentaja " + i, Role.TECHNICIAN, Department.WORKSHOP);
            accounts.setPin(extra.id(), String.valueOf(badge++), "1234", setup);
        }
        // An integration's token for trying the API (and for bench/survey-audit.sh); demo only.
        LOG.info("Demo API token (manager): {}", tokens.create("Demo integration", Role.MANAGER, null, setup).secret());
        if (!accounts.hasAdmin()) {
            accounts.create("admin", "Ylläpitäjä (demo)", Department.RECEPTION, Set.of(Role.ADMIN),
                    LoginView.DEMO_PASSWORD, setup);
        }
    }

    /** A site's people on duty and its hours, and the one random sequence that picks who serves each visit. */
    static final class Crew {
        final long siteId;
        final DemoSite site;
        final DemoHours hours;
        final List<Person> advisors;
        final List<Person> technicians;
        final Person foreman;
        final Person manager;
        final Person valet;
        final Random random;

        Crew(long siteId, DemoSite site, DemoHours hours, List<Person> advisors, List<Person> technicians,
                Person foreman, Person manager, Person valet, Random random) {
            this.siteId = siteId;
            this.site = site;
            this.hours = hours;
            this.advisors = advisors;
            this.technicians = technicians;
            this.foreman = foreman;
            this.manager = manager;
            this.valet = valet;
            this.random = random;
        }

        Person advisor() {
            return advisors.get(random.nextInt(advisors.size()));
        }

        Person technician() {
            return technicians.get(random.nextInt(technicians.size()));
        }
    }
}
