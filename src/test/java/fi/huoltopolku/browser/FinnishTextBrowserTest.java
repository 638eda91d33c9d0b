package fi.huoltopolku.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.feedback.FeedbackCard;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finnish letters, the euro sign and an emoji typed into real Chromium's forms (the customer's
 * survey, the staff's sign-in) arrive as typed: stored so, shown so on the staff's screens, and the
 * comment's words find their theme.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinnishTextBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String TYPED = "Jäähdytin vuotaa yhä, å € 🚗";
    private static final LocatorAssertions.HasTextOptions SOON = new LocatorAssertions.HasTextOptions().setTimeout(15_000);
    private static final String PASSWORD = "Sala-äöå € 🚗 sana";

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject InvitationService invitations;
    @Inject SurveyService surveys;
    @Inject FeedbackService feedback;

    Playwright playwright;
    Browser browser;
    Person advisor;
    Person technician;

    @BeforeAll
    void startBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        advisor = people.create("ulla", "Ulla Ääninen", Role.ADVISOR, Department.RECEPTION);
        technician = people.create("otto", "Otto Öljynen", Role.TECHNICIAN, Department.WORKSHOP);
        accounts.setPassword(advisor.id(), PASSWORD, Actor.integration("test"));
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

    /** The customer answers on a phone, without JavaScript, typing the comment key by key. */
    private void answer(long visit, String comment, String shot) {
        String token = invitations.ofVisit(visit).get(0).token();
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("fi-FI").setHasTouch(true).setJavaScriptEnabled(false));
        Page survey = phone.newPage();
        survey.navigate(server.getURL() + "/survey/" + token);
        survey.locator("label[for='overall_2']").click();
        survey.locator("#comment").pressSequentially(comment);
        if (shot != null) {
            survey.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(shot)).setFullPage(true));
        }
        survey.locator("button[type=submit]").click();
        assertThat(survey.locator("h1")).hasText("Kiitos!");
        phone.close();
    }

    @Test
    void a_comment_typed_in_chromium_is_stored_and_shown_as_typed_and_finds_its_theme() {
        long radiator = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician);
        long extraWork = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician);
        answer(radiator, TYPED, "survey-finnish-text-390x844.png");
        answer(extraWork, "Lisätöistä ei kerrottu", null);

        assertThat(surveys.responses(radiator).get(0).comment()).isEqualTo(TYPED);
        assertThat(feedback.ofVisit(extraWork)).singleElement().extracting(FeedbackCard::suggestedTags)
                .asList().contains("EXTRA_WORK");

        // The advisor signs in with a password of Finnish letters, at the counter's tablet size.
        BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
                .setLocale("fi-FI"));
        Page page = signIn(desk);
        page.navigate(server.getURL() + "/inbox");
        Locator radiatorCase = page.locator(".feedback-card").filter(new Locator.FilterOptions()
                .setHasText(overview.card(radiator).plate()));
        assertThat(radiatorCase.locator(".customer-comment")).hasText("“" + TYPED + "”", SOON);
        Locator extraWorkCase = page.locator(".feedback-card").filter(new Locator.FilterOptions()
                .setHasText(overview.card(extraWork).plate()));
        assertThat(extraWorkCase.locator(".customer-comment")).hasText("“Lisätöistä ei kerrottu”");
        assertThat(extraWorkCase.locator(".case-tags")).containsText("Lisätöistä viestiminen ★");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("inbox-finnish-text-1024x768.png")));

        page.navigate(server.getURL() + "/visit/" + radiator);
        try {
            assertThat(page.locator(".customer-comment")).hasText("“" + TYPED + "”", SOON);
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("visit-finnish-text-1024x768.png"))
                    .setFullPage(true));
        }
        desk.close();
    }

    /** Signs the advisor in with the password of Finnish letters. */
    private Page signIn(BrowserContext context) {
        Page page = context.newPage();
        page.navigate(server.getURL() + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("ulla");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    @Test
    void the_visit_in_english_keeps_its_apostrophes_and_names_the_workshop_once_in_a_delay_told() {
        long visit = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, technician);
        visits.changePromise(visit, visits.find(visit).getVersion(),
                overview.card(visit).promisedAt().plus(Duration.ofHours(20)), "Osa tulee huomenna", true,
                advisor.asActor());
        for (Stage next : new Stage[] {Stage.QUALITY_CHECK, Stage.READY, Stage.FOLLOW_UP}) {
            Checks.answerMandatory(checks, visit, visits.find(visit).getStage(), advisor.asActor());
            visits.move(visit, visits.find(visit).getVersion(), next, null, advisor.asActor());
        }
        surveys.estimate(visit, 4, advisor.asActor());

        BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setLocale("en-GB"));
        Page page = signIn(desk);
        page.navigate(server.getURL() + "/visit/" + visit);
        try {
            assertThat(page.getByText("Advisor's estimate at handover: 4/5 (not the customer's answer)"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            assertThat(page.locator(".contact-entry")).hasText(Pattern.compile(
                    "· Huoltopolku Demo Autohuolto: [A-Z]{3}-\\d{1,4} valmistuu luvattua myöhemmin"), SOON);
            assertThat(page.locator(".contact-entry").innerText().split("Huoltopolku Demo Autohuolto", -1)).hasSize(2);
        } finally {
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("visit-english-1440x900.png"))
                    .setFullPage(true));
        }
        desk.close();
    }
}
