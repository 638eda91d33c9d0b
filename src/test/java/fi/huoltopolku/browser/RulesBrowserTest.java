package fi.huoltopolku.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.TestTime;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.VisitType;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey's rules on the screens a busy counter uses, on the shared 1024×768 tablet: a car in
 * the house is not checked in again, a booked car offers no "Start work", "did not come" waits for
 * the booked time, the check-in names what is left, the booking form shows the day's capacity and
 * asks before overbooking; and the Counter and the week calendar fit the screen in both languages
 * (no header cut, all seven days in sight). Screenshots go to {@code target/screenshots}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RulesBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(10_000);
    private static final String PASSWORD = "correct horse battery";

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;

    Playwright playwright;
    Browser browser;
    Person advisor;
    Person technician;
    String twicePlate = "TWO-261";
    long inWork;
    long booked;

    @BeforeAll
    void setUp() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        advisor = people.create("rita", "Rita Advisor", Role.ADVISOR, Department.RECEPTION);
        technician = people.create("tuomo", "Tuomo Technician", Role.TECHNICIAN, Department.WORKSHOP);
        accounts.setPassword(advisor.id(), PASSWORD, Actor.integration("test"));
        // A car in work with every flag (the Counter's widest row), and the same car booked again for today.
        Instant soon = TestTime.soon();
        inWork = book(twicePlate, soon.minus(Duration.ofHours(2)), EnumSet.allOf(Flag.class), 120);
        Journeys.upTo(inWork, Stage.IN_WORK, visits, checks, advisor, technician);
        visits.setFlags(inWork, visits.find(inWork).getVersion(), EnumSet.allOf(Flag.class), advisor.asActor());
        book(twicePlate, soon, Set.of(), 120);
        // A car booked later today that has not arrived, and one this morning that did not.
        booked = book("LTR-262", soon.plus(Duration.ofHours(3)), Set.of(Flag.CUSTOMER_WAITING), 120);
        book("MRN-263", TestTime.START.minus(Duration.ofHours(1)), Set.of(), 120);
    }

    private long book(String plate, Instant at, Set<Flag> flags, int plannedMinutes) {
        return visits.book(new Booking(new CustomerDetails("Customer " + plate, "040 555 " + plate.hashCode() % 1000,
                null, plate, null, "Volkswagen", "Golf Variant", 2019), "Service and a rattle", at,
                at.plus(Duration.ofHours(3)), advisor.id(), flags.isEmpty() ? EnumSet.noneOf(Flag.class)
                        : EnumSet.copyOf(flags), VisitType.SERVICE, plannedMinutes), advisor.asActor());
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page signIn(BrowserContext context) {
        Page page = context.newPage();
        page.navigate(server.getURL() + "/");
        page.waitForURL("**/login**");
        page.locator("vaadin-login-form input[name=username]").fill("rita");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private static BrowserContext tablet(Browser browser, String locale) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768).setLocale(locale));
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }

    /** The texts in {@code selector} cut by their box (wider content than room), as the user sees "…". */
    @SuppressWarnings("unchecked")
    private static List<String> cut(Page page, String selector) {
        return (List<String>) page.evaluate("sel => [...document.querySelectorAll(sel)]"
                + ".filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1)"
                + ".map(e => e.textContent.trim())", selector);
    }

    /** The Counter's and the week calendar's layout at 1024×768: nothing cut, every day in sight. */
    private void layoutFits(Page page, String locale) {
        page.navigate(server.getURL() + "/counter");
        Locator header = page.locator("#in-house vaadin-grid-cell-content").first();
        assertThat(header).isVisible(SOON);
        shot(page, "rules-counter-1024-" + locale);
        // Every header of the Counter's grids whole, and the grids within the screen.
        assertThat(cut(page, "vaadin-grid-cell-content")).as("cut cells").isEmpty();
        for (String grid : List.of("#arrivals", "#in-house")) {
            double right = ((Number) page.locator(grid).evaluate("g => g.getBoundingClientRect().right")).doubleValue();
            assertThat(right).as(grid).isLessThanOrEqualTo(1024);
            assertThat((boolean) page.locator(grid).evaluate("g => { const t = g.shadowRoot.querySelector('#table'); "
                    + "return t.scrollWidth <= t.clientWidth + 1; }")).as(grid + " scrolls sideways").isTrue();
        }

        page.navigate(server.getURL() + "/calendar");
        assertThat(page.locator(".calendar-day").first()).isVisible(SOON);
        shot(page, "rules-calendar-week-1024-" + locale);
        assertThat(page.locator(".calendar-day")).hasCount(7);
        for (Locator day : page.locator(".calendar-day").all()) {
            var box = day.boundingBox();
            assertThat(box.x + box.width).as(day.getAttribute("data-date")).isLessThanOrEqualTo(1024);
        }
        // The advisor filter's placeholder ("All advisors", "Kaikki huoltoneuvojat") whole in its box.
        double room = ((Number) page.locator("#calendar-advisor input").evaluate("i => i.clientWidth")).doubleValue();
        double text = ((Number) page.locator("#calendar-advisor input").evaluate("i => { const c = "
                + "document.createElement('canvas').getContext('2d'); const s = getComputedStyle(i); "
                + "c.font = s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily; "
                + "return c.measureText(i.placeholder).width; }")).doubleValue();
        assertThat(text).as("the advisor filter's placeholder").isLessThanOrEqualTo(room);
        // Each day's buttons within its column.
        assertThat((List<?>) page.evaluate("[...document.querySelectorAll('.calendar-day vaadin-button')]"
                + ".filter(b => b.getBoundingClientRect().right > b.closest('.calendar-day').getBoundingClientRect()"
                + ".right + 1).map(b => b.textContent.trim())")).as("buttons out of their day").isEmpty();
    }

    @Test
    void the_rules_show_on_the_counter_calendar_and_visit_page_and_both_languages_fit_1024() {
        try (BrowserContext context = tablet(browser, "en-GB")) {
            Page page = signIn(context);
            layoutFits(page, "en");

            // The calendar offers "Did not come" for the morning's booking, not for the afternoon's.
            Locator morning = page.locator(".calendar-booking[data-plate='MRN-263']");
            assertThat(morning.locator("vaadin-button.calendar-no-show")).isVisible();
            assertThat(page.locator(".calendar-booking[data-plate='LTR-262'] vaadin-button.calendar-cancel"))
                    .isVisible();
            assertThat(page.locator(".calendar-booking[data-plate='LTR-262'] vaadin-button.calendar-no-show"))
                    .hasCount(0);

            // A booked car's page offers no "Start work".
            page.navigate(server.getURL() + "/visit/" + booked);
            assertThat(page.locator("vaadin-button#move-next")).isVisible(SOON);
            assertThat(page.getByText("Start work", new Page.GetByTextOptions().setExact(true))).hasCount(0);

            // The car in work is not checked in again on its second booking: the refusal names the first.
            page.navigate(server.getURL() + "/counter");
            page.locator("#arrivals vaadin-grid-cell-content").getByText(twicePlate).first().isVisible();
            int row = arrivalsRow(page, twicePlate);
            page.locator("#arrivals vaadin-button.arrivals-action").nth(row).click();
            // Nothing ticked: the check-in names what is left before saving.
            page.locator("#check-in-save").click();
            assertThat(page.locator("#check-in-left")).containsText("Still to go through with the customer:");
            shot(page, "rules-check-in-left-1024-en");
            page.locator("#check-in-left-back").click();
            page.locator("#check-in-CHK_WALKAROUND").click();
            page.locator("#check-in-save").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("is already in the house on another visit (In work, visit " + inWork)).first())
                    .isVisible(SOON);
            assertThat(overview.page(Stage.IN_WORK, null, null, 0, 200).getContent()).extracting(c -> c.plate())
                    .containsOnlyOnce(twicePlate);

            // The booking form: the day's capacity in sight, a promise in opening hours, and asked before overbooking.
            page.navigate(server.getURL() + "/counter");
            page.locator("#new-booking").click();
            assertThat(page.locator("#booking-day-capacity")).containsText("capacity 9.5 h");
            page.getByLabel("Plate", new Page.GetByLabelOptions().setExact(true)).fill("BIG-264");
            page.getByLabel("Make", new Page.GetByLabelOptions().setExact(true)).fill("Volvo");
            page.getByLabel("Model", new Page.GetByLabelOptions().setExact(true)).fill("XC60");
            page.getByLabel("Customer name", new Page.GetByLabelOptions().setExact(true)).fill("Olli Overbooked");
            page.getByLabel("Phone", new Page.GetByLabelOptions().setExact(true)).fill("040 765 4321");
            page.getByLabel("Requested work", new Page.GetByLabelOptions().setExact(true)).fill("Timing belt");
            page.locator("#booking-planned-hours input").fill("9.5");
            page.locator("#booking-planned-hours input").press("Tab");
            assertThat(page.locator("#booking-day-capacity")).containsText("left 1.5 h");
            shot(page, "rules-booking-form-1024-en");
            page.locator("#booking-save").click();
            assertThat(page.locator("#overbook-text")).hasText(
                    "With this booking 10.6.2026 would be booked 17.5 h, past its capacity of 9.5 h.");
            shot(page, "rules-overbook-1024-en");
            page.locator("#overbook-confirm").click();
            assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                    .setHasText("BIG-264")).first()).isVisible(SOON);
            var big = overview.page(Stage.BOOKED, null, null, 0, 200).getContent().stream()
                    .filter(c -> c.plate().equals("BIG-264")).findFirst().orElseThrow();
            // The promise the form gave follows the hours within opening hours (the rest the next morning).
            assertThat(big.promisedAt().atZone(ZoneId.of("Europe/Helsinki")).toLocalTime())
                    .isBetween(LocalTime.of(7, 30), LocalTime.of(17, 0));
        }
        try (BrowserContext context = tablet(browser, "fi-FI")) {
            layoutFits(signIn(context), "fi");
        }
    }

    /** The row of the arrivals grid that shows the plate (its action button has the same index). */
    private static int arrivalsRow(Page page, String plate) {
        assertThat(page.locator("#arrivals a").getByText(plate).first()).isVisible(SOON);
        List<String> plates = page.locator("#arrivals a").allTextContents();
        int row = plates.indexOf(plate);
        assertThat(row).isNotNegative();
        return row;
    }
}
