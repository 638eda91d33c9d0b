package fi.huoltopolku.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.group.GroupSeed;
import fi.huoltopolku.security.AccountService;
import io.micronaut.context.ApplicationContext;
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

/**
 * A group manager opens the group comparison of three sites at 1440×900 in English and Finnish:
 * the funnel plots, the sentence of the site outside the limits, and the drill-down to that site's
 * own report (screenshots in target/screenshots/group-*.png).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "group-manager-password";
    private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions().setTimeout(20_000);

    @Inject EmbeddedServer server;
    @Inject ApplicationContext context;
    @Inject PeopleService people;
    @Inject AccountService accounts;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void start() throws Exception {
        Files.createDirectories(SHOTS);
        GroupSeed.plant(context);
        Person manager = people.create("ryhma", "Riikka Ryhmä", Role.MANAGER, Department.RECEPTION);
        people.grantAt(manager.id(), null, Role.MANAGER);
        accounts.setPassword(manager.id(), PASSWORD, Actor.integration("test"));
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page signIn(String locale) {
        BrowserContext session = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setLocale(locale));
        Page page = session.newPage();
        page.navigate(server.getURL() + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("ryhma");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    @Test
    void the_group_comparison_and_a_sites_report_in_both_languages() {
        for (String locale : new String[] {"en-GB", "fi-FI"}) {
            String lang = locale.substring(0, 2);
            Page page = signIn(locale);
            page.navigate(server.getURL() + "/quality/group?from=2026-03-02&to=2026-03-08");
            assertThat(page.locator("#group-flags")).containsText("Tampere", SOON);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("group-" + lang + "-top.png")));
            page.locator("#group-theme-HANDOVER").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("group-" + lang + "-handover.png")));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("group-" + lang + "-full.png"))
                    .setFullPage(true));
            page.locator("#group-table-HANDOVER a.site-report", new Page.LocatorOptions().setHasText("Tampere")).click();
            page.waitForURL(url -> url.contains("site=TRE"));
            assertThat(page.locator("#site-only")).containsText("Tampere", SOON);
            page.waitForTimeout(1500);
            page.locator("#site-only").scrollIntoViewIfNeeded();
            page.locator("h2").first().scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("group-" + lang + "-tampere.png")));
            page.context().close();
        }
    }
}
