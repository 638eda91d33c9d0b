package fi.huoltopolku.security;

import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.matter.MatterService;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ImprovementService;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.SiteScope;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.ApplicationContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A group of two sites for the access matrices: site A (the first site) with a person in each
 * role, site B with a visit, a customer matter, a feedback case (a phone answer with a comment) and
 * an improvement action, each carrying a text found nowhere else, so that any answer showing one of
 * them shows site B's data. Built as the application itself (every site), B's data narrowed to B.
 */
final class TwoSites {

    static final String B_WORK = "Tampere-only gearbox job";
    static final String B_CUSTOMER = "Bertta Tamperelainen";
    static final String B_MATTER = "Tampere-only matter about a dent";
    static final String B_COMMENT = "Tampere-only comment about the coffee";
    static final String B_ACTION = "Tampere-only action on washing";
    static final String B_CODE = "tampere";

    final long siteA = Site.FIRST;
    final long siteB;
    final Map<Role, Person> atA = new EnumMap<>(Role.class);
    final Person groupManager;
    final long visitB;
    final long vehicleB;
    final long matterB;
    final long caseB;
    final long actionB;
    /** The theme B's comment is tagged with. */
    final String themeB;

    TwoSites(ApplicationContext context) {
        Sites sites = context.getBean(Sites.class);
        PeopleService people = context.getBean(PeopleService.class);
        siteB = sites.byCode(B_CODE).orElseGet(() -> sites.save(sites.newSite(B_CODE, "Tampere"))).siteId();
        int n = Staff.next();
        atA.put(Role.ADVISOR, people.create("a-adv" + n, "Aino A" + n, Role.ADVISOR, Department.RECEPTION));
        atA.put(Role.TECHNICIAN, people.create("a-tec" + n, "Tero A" + n, Role.TECHNICIAN, Department.WORKSHOP));
        atA.put(Role.FOREMAN, people.create("a-for" + n, "Fanni A" + n, Role.FOREMAN, Department.WORKSHOP));
        atA.put(Role.MANAGER, people.create("a-man" + n, "Matti A" + n, Role.MANAGER, Department.RECEPTION));
        groupManager = people.create("g-man" + n, "Greta G" + n, Role.MANAGER, Department.RECEPTION);
        people.grantAt(groupManager.id(), null, Role.MANAGER);
        Person advisorB = people.create("b-adv" + n, "Bertil B" + n, Role.ADVISOR, Department.RECEPTION);
        people.grantAt(advisorB.id(), siteB, Role.ADVISOR);

        VisitService visits = context.getBean(VisitService.class);
        VisitOverviewService overview = context.getBean(VisitOverviewService.class);
        visitB = Callers.narrowedTo(Set.of(siteB), () -> visits.book(new Booking(new CustomerDetails(B_CUSTOMER,
                "040 200 " + n, null, Staff.plate(), null, "Volvo", "V60", 2020), B_WORK, TestTime.soon(),
                TestTime.soon().plus(5, ChronoUnit.HOURS), advisorB.id(), Set.of()), advisorB.asActor()));
        vehicleB = overview.card(visitB).vehicleId();
        long customerB = overview.card(visitB).customerId();
        matterB = Callers.narrowedTo(Set.of(siteB), () -> context.getBean(MatterService.class).open(customerB,
                B_MATTER, ContactChannel.PHONE, people.department(Department.RECEPTION).id(), null,
                advisorB.asActor()));
        Callers.narrowedTo(Set.of(siteB), () -> context.getBean(SurveyService.class).phoneAnswers(visitB,
                new SurveyAnswers(2, 3, Map.of(), B_COMMENT, true), advisorB.asActor()));
        caseB = context.getBean(FeedbackService.class).ofVisit(visitB).get(0).id();
        String theme = context.getBean(ThemeService.class).active().get(0).code();
        context.getBean(FeedbackService.class).tag(caseB, Set.of(theme));
        themeB = theme;
        actionB = Callers.narrowedTo(Set.of(siteB), () -> context.getBean(ImprovementService.class).start(theme,
                B_ACTION, advisorB.id(), LocalDate.ofInstant(TestTime.soon(), ZoneOffset.UTC),
                advisorB.asActor()));
    }

    /** The person of site A in this role, signed in with site A's scope. */
    SignedIn signedInAtA(Role role) {
        return new SignedIn(atA.get(role), Set.of(role), SiteScope.of(siteA));
    }

    SignedIn signedInGroupManager() {
        return new SignedIn(groupManager, Set.of(Role.MANAGER), SiteScope.ALL);
    }

    /** Whether the text shows anything of site B's visit, matter, case or action. */
    static boolean showsB(String text) {
        return !shownOfB(text).isEmpty();
    }

    /** Which of site B's marked texts the text shows. */
    static List<String> shownOfB(String text) {
        return Stream.of(B_WORK, B_CUSTOMER, B_MATTER, B_COMMENT, B_ACTION).filter(text::contains).toList();
    }
}
