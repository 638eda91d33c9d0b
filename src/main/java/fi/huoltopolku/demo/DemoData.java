package fi.huoltopolku.demo;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.PostInspectionService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.demo.DemoStaff.Crew;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.matter.MatterService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ImprovementService;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.CustomerContacts;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database with a living dealer group when {@code huoltopolku.demo} is true: the first
 * site's staff ({@link DemoStaff}), past months ({@link DemoHistory}) and today's day
 * ({@link DemoToday}), in that order, from one random sequence; then the group manager and the
 * other, smaller sites ({@link DemoSite}), each the same way from a sequence of its own, so the first
 * site stays as it always was. Changes when the demo's parts or their order do.
 */
@Singleton
@Requires(property = "huoltopolku.demo", value = "true")
public class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final long SEED = 20261122L;

    private final PeopleService people;
    private final WorkshopClock clock;
    private final TransactionOperations<Connection> transactions;
    private final PostInspectionService postInspections;
    private final DemoStaff staff;
    private final DemoHistory history;
    private final DemoToday today;
    private final Sites sites;

    DemoData(PeopleService people, VisitService visits, ExtraWorkService extraWork, CustomerContacts contacts,
            WorkshopClock clock,
            TransactionOperations<Connection> transactions, MatterService matters, CustomerService customers,
            ChecklistService checks, PostInspectionService postInspections, SurveyService surveys,
            InvitationService invitations, FeedbackService feedback, VisitOverviewService overview,
            ImprovementService improvements, AccountService accounts,
            ApiTokenService tokens, Sites sites,
            @Value("${huoltopolku.demo-history-days:90}") int historyDays,
            @Value("${huoltopolku.demo-extra-technicians:0}") int extraTechnicians) {
        this.people = people;
        this.clock = clock;
        this.transactions = transactions;
        this.postInspections = postInspections;
        this.sites = sites;
        this.staff = new DemoStaff(people, accounts, tokens, Math.max(0, Math.min(extraTechnicians, 500)));
        DemoAnswers answers = new DemoAnswers(visits, clock, surveys, invitations, feedback, overview);
        DemoJourney journey = new DemoJourney(visits, extraWork, contacts, clock, checks, postInspections, answers);
        this.history = new DemoHistory(journey, improvements, historyDays);
        this.today = new DemoToday(journey, matters, customers, people);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (people.active().stream().anyMatch(p -> p.role() != Role.ADMIN)) {
            LOG.info("Demo data not loaded: the database already has staff");
            return;
        }
        long started = System.nanoTime();
        Instant now = clock.now();
        int count;
        try {
            count = transactions.executeWrite(status -> generate(now));
        } finally {
            postInspections.useRandom(new SecureRandom());
            clock.reset();
        }
        LOG.info("Demo data: {} visits generated in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    /** Generates the group as of {@code now}; the same day gives the same data. */
    int generate(Instant now) {
        Random random = new Random(SEED);
        postInspections.useRandom(new Random(SEED + 1));
        Crew crew = staff.hire(random, DemoHours.of(clock));
        Set<String> taken = new HashSet<>();
        List<CustomerDetails> fleet = DemoFleet.of(random, DemoSite.FIRST.customers(), "", taken);
        LocalDate day = now.atZone(clock.zone()).toLocalDate();
        int count = history.visits(crew, fleet, day, now);
        count += today.day(crew, fleet, day, now);
        history.improvementAction(crew.manager, day);
        Person groupManager = staff.groupManager();
        for (DemoSite site : DemoSite.OTHERS) {
            long siteId = site.create(sites, clock);
            Random siteRandom = new Random(SEED + site.seed());
            Crew siteCrew = staff.hireAt(siteId, site, DemoHours.of(clock, sites.find(siteId).orElseThrow()),
                    groupManager, siteRandom);
            List<CustomerDetails> customers = DemoFleet.of(siteRandom, site.customers(), site.code(), taken);
            count += history.visits(siteCrew, customers, day, now);
            count += today.day(siteCrew, customers, day, now);
        }
        return count;
    }
}
