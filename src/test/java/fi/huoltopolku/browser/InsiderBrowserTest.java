package fi.huoltopolku.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.huoltopolku.approval.ApprovalService;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyAnswers;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Urgency;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium, a colleague's handed-over car whose customer answered the survey and approved extra
 * work through a link: the technician on the tablet (1024×768) reads the work and no rating,
 * comment, contact or link; the advisor reads that the link was sent and answered, without its
 * token. Finnish and English; screenshots in {@code target/screenshots}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsiderBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);
    private static final String COMMENT = "The noise is still there after the repair";
    private static final String PASSWORD = "insider-password-1";
    private static final String EMAIL = "virtanen.insider@example.com";

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ExtraWorkService extraWork;
    @Inject ChecklistService checks;
    @Inject ApprovalService approvals;
    @Inject InvitationService invitations;
    @Inject SurveyService surveys;

    Playwright playwright;
    Browser browser;
    long visit;
    String approvalToken;
    String surveyToken;

    @BeforeAll
    void setUp() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        Actor setup = Actor.integration("test");
        Person advisor = people.create("ianna", "Anna Advisor", Role.ADVISOR, Department.RECEPTION);
        accounts.setPassword(advisor.id(), PASSWORD, setup);
        Person colleague = people.create("iteppo", "Teppo Technician", Role.TECHNICIAN, Department.WORKSHOP);
        Person juha = people.create("ijuha", "Juha Technician", Role.TECHNICIAN, Department.WORKSHOP);
        accounts.setPin(juha.id(), "871", "4455", setup);
        Instant at = TestTime.soon();
        visit = visits.book(new Booking(new CustomerDetails("Ville Virtanen", "+358 40 777 8899", EMAIL, "INS-871",
                null, "Skoda", "Octavia", 2019), "Brakes squeak", at, at.plus(5, ChronoUnit.HOURS), advisor.id(),
                Set.of()), advisor.asActor());
        visits.checkIn(visit, visits.find(visit).getVersion(), CheckIn.as(Set.of(), colleague.id()), advisor.asActor());
        Checks.answerMandatory(checks, visit, Stage.CHECKED_IN, advisor.asActor());
        visits.move(visit, visits.find(visit).getVersion(), Stage.IN_WORK, null, colleague.asActor());
        long line = extraWork.flagExtraWork(visit, "Front brake pads worn", null, Urgency.SAFETY, colleague.asActor());
        approvalToken = approvals.send(visit, Map.of(), advisor.asActor()).token();
        approvals.answer(approvalToken, Map.of(line, Decision.APPROVED));
        extraWork.markExtraWorkDone(line, colleague.asActor());
        for (Stage next : new Stage[] {Stage.QUALITY_CHECK, Stage.READY, Stage.FOLLOW_UP}) {
            Checks.answerMandatory(checks, visit, visits.find(visit).getStage(), advisor.asActor());
            visits.move(visit, visits.find(visit).getVersion(), next, null, advisor.asActor());
        }
        surveyToken = invitations.ofVisit(visit).get(0).token();
        surveys.submit(surveyToken, new SurveyAnswers(2, 3, Map.of(), COMMENT, true), "en");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page signedIn(BrowserContext context, boolean tablet) {
        Page page = context.newPage();
        page.navigate(server.getURL() + (tablet ? "/login?tablet" : "/login"));
        page.waitForURL("**/login**");
        page.locator("vaadin-login-form input[name=username]").fill(tablet ? "871" : "ianna");
        page.locator("vaadin-login-form input[name=password]").fill(tablet ? "4455" : PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(server.getURL() + "/visit/" + visit);
        assertThat(page.locator("#timeline")).isVisible(SOON);
        return page;
    }

    @Test
    void the_technicians_tablet_shows_the_work_and_no_answers_contacts_or_links() {
        for (String[] language : new String[][] {{"fi-FI"}, {"en-US"}}) {
            BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setLocale(language[0])
                    .setViewportSize(1024, 768).setHasTouch(true));
            Page page = signedIn(tablet, true);
            assertThat(page.locator("#invitation-state")).isVisible();
            // Everything in the page, hidden parts included.
            String all = (String) page.evaluate("() => document.body.textContent");
            assertThat(all).contains("Brakes squeak", "Front brake pads worn")
                    .doesNotContain(COMMENT, "2/5", EMAIL, "777 8899", "7778899", "/approve/", "/survey/",
                            approvalToken, surveyToken);
            assertThat(page.locator(".survey-answer, .customer-comment, .outbox-entry, #messages-sent")).hasCount(0);
            // A handed-over car is the counter's: no move offered to the technician.
            assertThat(page.locator("#move-next")).hasCount(0);
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("no sideways scrolling at 1024x768").isLessThanOrEqualTo(0);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SHOTS.resolve("insider-technician-" + language[0] + "-1024x768.png")));
            tablet.close();
        }
    }

    @Test
    void the_advisor_reads_that_the_link_was_sent_and_answered_without_its_token() {
        for (String[] language : new String[][] {
                {"fi-FI", "hyväksyntälinkki lähetetty tekstiviestillä ja sähköpostilla", "asiakas vastasi hyväksyntälinkin kautta", "vastattu"},
                {"en-US", "approval link sent by text message and e-mail", "the customer answered through the approval link", "answered"}}) {
            BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setLocale(language[0])
                    .setViewportSize(1366, 900));
            Page page = signedIn(desktop, false);
            assertThat(page.locator("#timeline")).containsText(language[1]);
            assertThat(page.locator("#timeline")).containsText(language[2]);
            assertThat(page.locator("#invitation-state")).containsText(language[3]);
            assertThat(page.locator(".customer-comment")).hasText("“" + COMMENT + "”");
            page.locator("#messages-sent vaadin-details-summary, #messages-sent [slot=summary]").first().click();
            assertThat(page.locator(".outbox-entry").first()).isVisible(SOON);
            assertThat(page.locator("#messages-sent")).containsText("/approve/•••");
            assertThat(page.locator("#messages-sent")).containsText(EMAIL);
            String all = (String) page.evaluate("() => document.body.textContent");
            assertThat(all).doesNotContain(approvalToken, surveyToken);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SHOTS.resolve("insider-advisor-" + language[0] + "-1366x900.png")));
            page.locator("#timeline").screenshot(new Locator.ScreenshotOptions()
                    .setPath(SHOTS.resolve("insider-advisor-timeline-" + language[0] + ".png")));
            desktop.close();
        }
    }
}
