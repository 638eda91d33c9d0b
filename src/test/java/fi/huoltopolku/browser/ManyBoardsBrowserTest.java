package fi.huoltopolku.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Many boards open in real browsers, some of whose browsers then vanish without a word (network
 * gone, as a tablet asleep): moves made on one board reach every board still open, without a
 * reload, and each shows what a freshly opened board shows.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyBoardsBrowserTest {

    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(15_000);
    private static final String PASSWORD = "correct horse battery";

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject PeopleService people;
    @Inject VisitService visits;

    Playwright playwright;
    Browser browser;
    Person advisor;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        advisor = people.create("bea", "Bea Advisor", Role.ADVISOR, Department.RECEPTION);
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

    private Page board(BrowserContext context) {
        Page page = context.newPage();
        page.navigate(server.getURL() + "/login");
        page.locator("vaadin-login-form input[name=username]").fill("bea");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate(server.getURL() + "/board");
        page.locator(".visit-tile").first().waitFor();
        return page;
    }

    private static Locator tile(Page page, String plate, Stage stage) {
        return page.locator(".visit-tile[data-plate='" + plate + "'][data-stage='" + stage.name() + "']");
    }

    @Test
    void moves_reach_every_board_still_open_while_others_have_vanished() {
        List<String> plates = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String plate = Staff.plate();
            ids.add(Staff.book(visits, advisor, plate, EnumSet.noneOf(Flag.class)));
            plates.add(plate);
        }
        List<Page> open = new ArrayList<>();
        List<BrowserContext> vanishing = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
                    .setLocale("en-GB"));
            Page page = board(context);
            if (i % 2 == 0) {
                open.add(page);
            } else {
                vanishing.add(context);
            }
        }
        // Half the browsers lose their network and close: the server hears nothing of it.
        for (BrowserContext context : vanishing) {
            context.setOffline(true);
            context.close();
        }

        Page mover = open.get(0);
        for (String plate : plates.subList(0, 2)) {
            // "→ Checked in" opens the check-in with the customer, its item ticked; saved, the move reaches every board.
            tile(mover, plate, Stage.BOOKED).locator(".move-button").click();
            mover.locator("#check-in-CHK_WALKAROUND").click();
            mover.locator("#check-in-save").click();
            for (Page page : open) {
                assertThat(tile(page, plate, Stage.CHECKED_IN)).isVisible(SOON);
            }
        }
        // A cancellation made elsewhere (as another screen or the API would): the car leaves every board.
        var cancelled = visits.find(ids.get(2));
        visits.move(cancelled.getId(), cancelled.getVersion(), Stage.CLOSED, "Customer cancelled", advisor.asActor());
        for (Page page : open) {
            assertThat(page.locator(".visit-tile[data-plate='" + plates.get(2) + "']")).hasCount(0);
        }
        // Each board still open shows exactly what a board opened now shows.
        Page fresh = board(browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)));
        String expected = tiles(fresh);
        Assertions.assertThat(expected).contains(plates.get(0) + " CHECKED_IN")
                .doesNotContain(plates.get(2));
        for (Page page : open) {
            Assertions.assertThat(tiles(page)).isEqualTo(expected);
        }
    }

    /** Every car on the board, as plate and stage, in the board's order. */
    private static String tiles(Page page) {
        return String.valueOf(page.locator(".visit-tile").evaluateAll(
                "tiles => tiles.map(t => t.dataset.plate + ' ' + t.dataset.stage)"));
    }
}
