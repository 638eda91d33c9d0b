package fi.huoltopolku.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A foreman signs in on the workshop tablet (1024×768, Finnish and English) and their "My feedback"
 * shows the quality checks they did, not empty cards. Screenshots in {@code target/screenshots}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForemanFeedbackBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(10_000);

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ChecklistService checks;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        Actor setup = Actor.integration("test");
        Person advisor = people.create("fanna", "Anna Advisor", Role.ADVISOR, Department.RECEPTION);
        Person technician = people.create("fteppo", "Teppo Technician", Role.TECHNICIAN, Department.WORKSHOP);
        Person foreman = people.create("fkaija", "Kaija Foreman", Role.FOREMAN, Department.WORKSHOP);
        accounts.setPin(foreman.id(), "802", "8899", setup);
        // Two quality checks by the foreman; the second finds a warning light on and sends the car back.
        for (Answer lights : new Answer[] {Answer.YES, Answer.NO}) {
            long visit = Journeys.upTo(Stage.QUALITY_CHECK, visits, checks, advisor, technician);
            checks.answer(visit, "QC_FINAL_INSPECTION", Answer.YES, null, Source.PROCESS, foreman.asActor());
            checks.answer(visit, "QC_NO_WARNING_LIGHTS", lights, null, Source.PROCESS, foreman.asActor());
            checks.answer(visit, "QC_COVERS_REMOVED", Answer.YES, null, Source.PROCESS, foreman.asActor());
            visits.move(visit, visits.find(visit).getVersion(), lights == Answer.NO ? Stage.IN_WORK : Stage.READY,
                    lights == Answer.NO ? "Warning light on" : null, foreman.asActor());
        }
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

    @Test
    void a_foreman_sees_their_quality_checks_on_the_tablet_in_both_languages() {
        for (String[] language : new String[][] {{"fi-FI", "Laaduntarkastukset: 2 autoa, vika löytyi 1"},
                {"en-US", "Quality checks: 2 cars, a problem found in 1"}}) {
            BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setLocale(language[0])
                    .setViewportSize(1024, 768).setHasTouch(true));
            Page page = tablet.newPage();
            page.navigate(server.getURL() + "/login?tablet");
            page.waitForURL("**/login**");
            page.locator("vaadin-login-form input[name=username]").fill("802");
            page.locator("vaadin-login-form input[name=password]").fill("8899");
            page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
            page.waitForURL(url -> !url.contains("/login"));
            page.navigate(server.getURL() + "/my-feedback");
            assertThat(page.locator("#foreman-quality-checks")).isVisible(SOON);
            assertThat(page.locator("#foreman-quality-checks")).hasText(language[1]);
            assertThat(page.locator("#foreman-themes .my-theme").first()).isVisible();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("no sideways scrolling at 1024x768").isLessThanOrEqualTo(0);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SHOTS.resolve("foreman-feedback-" + language[0] + "-1024x768.png")));
            tablet.close();
        }
    }
}
