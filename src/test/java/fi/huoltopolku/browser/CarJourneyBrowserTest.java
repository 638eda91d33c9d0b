package fi.huoltopolku.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.huoltopolku.approval.ApprovalService;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Photos;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey in a real browser: an advisor books and checks in a car; a technician on a tablet,
 * in a second browser, takes it through the workshop; the advisor's board shows the move without a
 * reload; the advisor hands the car over. Screenshots of the board and My jobs go to
 * {@code target/screenshots}.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarJourneyBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(10_000);

    private static final String PASSWORD = "correct horse battery";

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject PeopleService people;
    @Inject VisitOverviewService overview;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject InvitationService invitations;
    @Inject ApprovalService approvals;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void startBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        var setup = Actor.integration("test");
        var anna = people.create("anna", "Anna Advisor", Role.ADVISOR, Department.RECEPTION);
        var teppo = people.create("teppo", "Teppo Technician", Role.TECHNICIAN, Department.WORKSHOP);
        var kaija = people.create("kaija", "Kaija Foreman", Role.FOREMAN, Department.WORKSHOP);
        var liisa = people.create("liisa", "Liisa Manager", Role.MANAGER, Department.RECEPTION);
        for (var person : List.of(anna, teppo, kaija, liisa)) {
            accounts.setPassword(person.id(), PASSWORD, setup);
        }
        accounts.setPin(teppo.id(), "701", "7788", setup);
        accounts.setPin(kaija.id(), "702", "8899", setup);
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

    /** Signs in at the counter's login form with username and password. */
    private Page open(BrowserContext context, String person) {
        Page page = context.newPage();
        page.navigate(server.getURL() + "/");
        signIn(page, person, PASSWORD);
        signedIn(page);
        return page;
    }

    private static void signIn(Page page, String user, String secret) {
        page.waitForURL("**/login**");
        assertThat(page.locator("vaadin-login-form input[name=username]")).isEditable();
        page.locator("vaadin-login-form input[name=username]").fill(user);
        page.locator("vaadin-login-form input[name=password]").fill(secret);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
    }

    private static void signedIn(Page page) {
        try {
            page.waitForURL(url -> !url.contains("/login"));
        } catch (TimeoutError e) {
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sign-in-failed.png")));
            throw e;
        }
    }

    /** The shared tablet: badge number and PIN. */
    private Page openTablet(BrowserContext context, String badge, String pin) {
        Page page = context.newPage();
        page.navigate(server.getURL() + "/login?tablet");
        signIn(page, badge, pin);
        signedIn(page);
        return page;
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void answer(Page page, String item, String answer) {
        Locator button = page.locator(".checklist-row[data-item='" + item + "'] vaadin-button.answer-" + answer);
        button.click();
        assertThat(button).hasAttribute("aria-pressed", "true");
    }

    private static Locator tile(Page page, String plate, Stage stage) {
        return page.locator(".visit-tile[data-plate='" + plate + "'][data-stage='" + stage.name() + "']");
    }

    @Test
    void an_advisor_books_and_checks_in_a_technician_works_the_car_the_board_follows_live_and_the_car_is_handed_over()
            throws Exception {
        String plate = "JRN-101";
        BrowserContext counterDesk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setLocale("en-GB"));
        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
                .setLocale("en-GB").setHasTouch(true));

        // The advisor books a new customer's car at the counter.
        Page advisor = open(counterDesk, "anna");
        advisor.locator("#new-booking").click();
        field(advisor, "Plate").fill("jrn-101");
        field(advisor, "Make").fill("Skoda");
        field(advisor, "Model").fill("Octavia");
        field(advisor, "Customer name").fill("Aino Virtanen");
        field(advisor, "Phone").fill("040 123 4567");
        field(advisor, "Requested work").fill("Brakes squeak when cold");
        advisor.locator("#booking-save").click();

        // ...and checks it in from today's arrivals, ticking the walkaround done with the customer.
        advisor.locator("#arrivals vaadin-button.arrivals-action").click();
        advisor.locator("#check-in-CHK_WALKAROUND").click();
        advisor.locator("#check-in-save").click();
        assertThat(advisor.locator("#in-house").getByText(plate)).isVisible(SOON);

        // The advisor keeps the workshop board open.
        advisor.navigate(server.getURL() + "/board");
        assertThat(tile(advisor, plate, Stage.CHECKED_IN)).isVisible(SOON);

        // A technician, on the workshop tablet, takes the job and starts it.
        Page technician = openTablet(tablet, "701", "7788");
        tile(technician, plate, Stage.CHECKED_IN).locator(".action-take").click();
        tile(technician, plate, Stage.CHECKED_IN).locator(".action-start").click();
        assertThat(tile(technician, plate, Stage.IN_WORK)).isVisible(SOON);

        // The advisor's board follows without a reload.
        assertThat(tile(advisor, plate, Stage.IN_WORK)).isVisible(SOON);
        technician.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("my-jobs-1024x768.png")));
        technician.setViewportSize(768, 1024);
        technician.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("my-jobs-768x1024.png")));

        // The technician answers the stage's checklist with one tap per item; leaving is refused until
        // the mandatory ones are answered.
        tile(technician, plate, Stage.IN_WORK).locator(".action-checklist").click();
        technician.locator("#checklist-onwards").click();
        assertThat(technician.getByText("Before the car leaves In work, answer")).isVisible(SOON);
        answer(technician, "WRK_COVERS", "YES");
        answer(technician, "WRK_CONCERN_FIXED", "YES");
        answer(technician, "WRK_ROAD_TEST", "NA");
        assertThat(technician.locator("#checklist-progress")).hasText("3 of 4 answered");
        technician.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("checklist-768x1024.png")));
        technician.reload();
        assertThat(technician.locator(".checklist-row[data-item='WRK_COVERS'] vaadin-button.answer-YES"))
                .hasAttribute("aria-pressed", "true");

        long clicked = System.nanoTime();
        technician.locator("#checklist-onwards").click();
        assertThat(tile(advisor, plate, Stage.QUALITY_CHECK)).isVisible(SOON);
        System.out.printf("Board move seen on the second browser after %d ms%n", (System.nanoTime() - clicked) / 1_000_000);
        advisor.setViewportSize(1024, 768);
        advisor.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("board-1024x768.png")));

        // On the same tablet the foreman takes over, passes the quality check with its checklist.
        technician.waitForURL("**/my-jobs"); // the checklist goes back to My jobs by itself
        technician.locator("#switch-person").click();
        technician.waitForURL("**/login?tablet");
        signIn(technician, "702", "8899");
        signedIn(technician);
        tile(technician, plate, Stage.QUALITY_CHECK).locator(".action-checklist").click();
        answer(technician, "QC_FINAL_INSPECTION", "YES");
        technician.locator("#checklist-onwards").click();
        assertThat(tile(advisor, plate, Stage.READY)).isVisible(SOON);

        // The advisor hands the car over at the counter with the handover checklist.
        advisor.navigate(server.getURL() + "/counter");
        advisor.locator("#ready vaadin-button.ready-action").click();
        answer(advisor, "RDY_INVOICE_EXPLAINED", "YES");
        advisor.locator("#handover-confirm").click();
        assertThat(advisor.locator("#ready").getByText(plate)).isHidden();

        VisitCard visit = overview.board().stream().filter(c -> c.plate().equals(plate)).findFirst().orElse(null);
        assertThat(visit).as("the handed-over car has left the board").isNull();
        assertThat(overview.page(Stage.FOLLOW_UP, null, null, 0, 100).getContent())
                .extracting(VisitCard::plate).contains(plate);
        counterDesk.close();
        tablet.close();
    }

    @Test
    void a_technician_signs_in_on_the_tablet_the_managers_report_is_not_in_the_menu_and_its_address_is_refused() {
        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB")
                .setViewportSize(768, 1024));
        Page page = tablet.newPage();
        page.navigate(server.getURL() + "/quality");
        page.waitForURL("**/login");
        signIn(page, "teppo", "wrong password");
        // A wrong password: back to the form with the one message for every failure.
        page.waitForURL("**/login?error");
        assertThat(page.getByText("Sign-in failed")).isVisible();
        page.navigate(server.getURL() + "/login?tablet");
        signIn(page, "701", "7788");
        page.waitForURL("**/my-jobs");
        // The drawer is closed on a narrow tablet; the menu holds My jobs and not the report.
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My jobs"))).hasCount(1);
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Quality report"))).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("tablet-signed-in-768x1024.png")));

        page.navigate(server.getURL() + "/quality");
        assertThat(page.getByText("Page not found")).isVisible();
        assertThat(page.locator("#comparison-chart")).hasCount(0);
        tablet.close();
    }

    @Test
    void an_unknown_address_shows_a_plain_not_found_page_not_an_error() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI"));
        Page page = context.newPage();
        page.navigate(server.getURL() + "/no-such-page");
        assertThat(page.locator("h1")).hasText("Sivua ei löydy");
        assertThat(page.getByText("Takaisin alkuun")).isVisible();
        context.close();
    }

    @Test
    void a_customer_answers_on_a_phone_and_a_low_rating_lands_in_the_advisors_inbox_with_the_comment_as_text() {
        var advisor = people.findByUsername("anna").orElseThrow();
        long visit = Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor,
                people.findByUsername("teppo").orElseThrow());
        String token = invitations.ofVisit(visit).get(0).token();

        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("fi-FI").setHasTouch(true).setJavaScriptEnabled(false));
        Page survey = phone.newPage();
        survey.navigate(server.getURL() + "/survey/" + token);
        assertThat(survey.locator("h1")).containsText("Miten onnistuimme");
        survey.locator("label[for='overall_2']").click();
        survey.locator("label[for='r_TIMELINESS_1']").click();
        survey.locator("label[for='nps_3']").click();
        survey.locator("#comment").fill("<script>alert(1)</script> Odotin kaksi tuntia");
        survey.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("survey-390x844.png")).setFullPage(true));
        survey.locator("button[type=submit]").click();
        assertThat(survey.locator("h1")).hasText("Kiitos!");
        phone.close();

        BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setLocale("en-GB"));
        Page inbox = open(desk, "anna");
        List<String> dialogs = new ArrayList<>();
        inbox.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        inbox.navigate(server.getURL() + "/inbox");
        assertThat(inbox.locator(".customer-comment").first())
                .hasText("“<script>alert(1)</script> Odotin kaksi tuntia”");
        assertThat(inbox.locator(".feedback-card").first()).containsText("Low rating");
        inbox.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("inbox-1440x900.png")));
        assertThat(dialogs).as("no script ran").isEmpty();
        desk.close();
    }

    @Test
    void a_technician_flags_extra_work_the_advisor_sends_it_the_customer_approves_on_a_phone_and_the_tablet_follows() {
        var advisor = people.findByUsername("anna").orElseThrow();
        var teppo = people.findByUsername("teppo").orElseThrow();
        long visit = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, teppo);
        String plate = overview.card(visit).plate();

        // The technician, on a portrait tablet, flags worn brake pads and waits for the customer's answer.
        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(768, 1024)
                .setLocale("fi-FI").setHasTouch(true));
        Page technician = openTablet(tablet, "701", "7788");
        technician.navigate(server.getURL() + "/my-jobs");
        Locator job = tile(technician, plate, Stage.IN_WORK);
        job.locator(".action-extra-work").click();
        technician.locator("#extra-work-what input").fill("Etujarrupalat 2 mm");
        // A photo from the tablet's camera (a file chooser with capture): attached to the line.
        Path photo = SHOTS.resolve("brake-pads.jpg");
        try {
            Files.write(photo, Photos.picture(2400, 1800, "jpg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A drawing is not a photo: the field says so by name (not a vanishing note), the line waits.
        Path drawing = SHOTS.resolve("plan.svg");
        try {
            Files.writeString(drawing, "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        technician.locator("#extra-work-photos input[type=file]").setInputFiles(drawing);
        assertThat(technician.locator("#extra-work-photos-problem")).containsText("plan.svg");
        technician.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("extra-work-refused-768x1024.png")));
        technician.locator("#urgency-SAFETY").click();
        assertThat(technician.locator("#extra-work-photos-problem")).containsText("Riviä ei tallennettu");
        technician.locator("#extra-work-photos input[type=file]").setInputFiles(photo);
        assertThat(technician.locator("#extra-work-photos vaadin-upload-file[complete]")).isVisible(SOON);
        technician.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("extra-work-photo-768x1024.png")));
        technician.locator("#urgency-SAFETY").click();
        assertThat(job).containsText("Etujarrupalat 2 mm", new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        job.locator(".action-hold").click();
        technician.locator(".action-reason-WAITING_FOR_APPROVAL").click();
        assertThat(job.locator(".action-line-done")).hasCount(0);

        // The advisor sends the line with a price estimate.
        BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900)
                .setLocale("en-GB"));
        Page counter = open(desk, "anna");
        counter.navigate(server.getURL() + "/visit/" + visit);
        assertThat(counter.locator("#extra-work-photos-shown img.extra-work-photo")).hasCount(1);
        counter.locator("#approval-send").click();
        counter.locator("vaadin-text-field[id^='approval-price-'] input").first().fill("189.50");
        counter.locator("#approval-confirm").click();
        assertThat(counter.locator(".approval-link").first()).containsText("open until");
        String token = approvals.ofVisit(visit).get(0).token();

        // The customer answers on a phone, without JavaScript.
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("fi-FI").setHasTouch(true).setJavaScriptEnabled(false));
        Page page = phone.newPage();
        page.navigate(server.getURL() + "/approve/" + token);
        assertThat(page.locator("h1")).containsText(plate);
        assertThat(page.locator("main")).containsText("189,50");
        assertThat(page.locator("img.photo")).hasCount(1);
        assertThat(page.locator("img.photo")).hasJSProperty("naturalWidth", 1600);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("approval-390x844.png")).setFullPage(true));
        page.navigate(server.getURL() + "/approve/" + token + "?lang=en");
        assertThat(page.locator("h1")).containsText("Extra work on " + plate);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("approval-en-390x844.png")).setFullPage(true));
        page.navigate(server.getURL() + "/approve/" + token);
        page.locator("label[for$='-approved']").first().click();
        page.locator("button[type=submit]").click();
        assertThat(page.locator("h1")).containsText("Kiitos");
        phone.close();

        // The tablet shows the hold lifted and the approved line to do, without a reload.
        assertThat(job.locator(".action-line-done")).isVisible(SOON);
        assertThat(job.locator(".action-start")).isVisible(SOON);
        technician.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("approved-on-tablet-768x1024.png")));
        tablet.close();
        desk.close();
    }

    @Test
    void the_manager_reads_the_report_and_opens_a_theme_beside_it_in_both_languages() {
        for (String locale : List.of("en-GB", "fi-FI")) {
            boolean finnish = locale.startsWith("fi");
            BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setLocale(locale)
                    .setViewportSize(1440, 900));
            Page page = open(desk, "liisa");
            page.navigate(server.getURL() + "/quality");
            assertThat(page.locator("#comparison .theme-sentence").first()).isVisible(SOON);
            assertThat(page.locator("#importance-chart canvas, #focus").first()).isAttached();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("quality-report-" + locale + ".png")));
            page.locator("#comparison .theme-name").first().click();
            assertThat(page.locator("vaadin-dialog-overlay #trend-chart canvas")).isAttached();
            assertThat(page.getByText(finnish ? "Kuukausittain" : "Month by month")).isVisible(SOON);
            assertThat(page.getByText(finnish ? "Signaali vai kohinaa?" : "Signal or noise?", new Page.GetByTextOptions()
                    .setExact(false))).isVisible();
            page.locator("vaadin-dialog-overlay:not([opening])").waitFor();
            page.waitForTimeout(300);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("quality-theme-" + locale + ".png")));
            if (finnish) {
                String shown = page.locator("body").innerText();
                for (String english : List.of("Checks say", "Customers say", "Month by month", "Importance",
                        "Too few answers", "Close", "What customers wrote")) {
                    Assertions.assertThat(shown).as("English in the Finnish report").doesNotContain(english);
                }
            }
            desk.close();
        }
    }

    @Test
    void a_technician_reads_their_own_feedback_on_the_tablet_and_the_board_needs_no_sideways_swipe() {
        for (int[] size : new int[][] {{768, 1024}, {1024, 768}}) {
            BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI")
                    .setViewportSize(size[0], size[1]).setHasTouch(true));
            Page page = tablet.newPage();
            page.navigate(server.getURL() + "/login?tablet");
            signIn(page, "701", "7788");
            page.waitForURL("**/my-jobs");
            page.navigate(server.getURL() + "/my-feedback");
            assertThat(page.locator("#my-themes .my-theme").first()).isVisible(SOON);
            assertThat(page.locator("h2", new Page.LocatorOptions().setHasText("Oma palaute"))).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("my-feedback-" + size[0] + "x" + size[1] + ".png")));
            page.navigate(server.getURL() + "/board");
            assertThat(page.locator(".board-column").first()).isVisible(SOON);
            Object overflow = page.evaluate("() => { const b = document.querySelector('.board-columns'); "
                    + "return b.scrollWidth - b.clientWidth; }");
            Assertions.assertThat(((Number) overflow).intValue())
                    .as("all six stages in sight at %dx%d", size[0], size[1]).isLessThanOrEqualTo(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("board-" + size[0] + "x" + size[1] + ".png")));
            tablet.close();
        }
    }
}
