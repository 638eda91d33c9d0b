package fi.huoltopolku.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import fi.huoltopolku.approval.ApprovalService;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.Urgency;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advisor types an extra-work price with the keyboard on a 1024×768 tablet, in English and in
 * Finnish, with the other language's decimal mark: the same price, shown beside the field as the
 * customer will read it; an amount that could be read two ways is named under the field and nothing
 * goes out. The admin's screen says the links still point at localhost. Screenshots of both go to
 * {@code target/screenshots}.
 */
@Property(name = "huoltopolku.public-url", value = "http://localhost:8080") // the default (the test configuration sets another)
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriceBrowserTest {

    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "correct horse battery";
    /** Generous: the machine that runs the build may be busy. */
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ExtraWorkService extraWork;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject ApprovalService approvals;

    Playwright playwright;
    Browser browser;
    Person advisor;
    String admin;

    @BeforeAll
    void startBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        advisor = Staff.advisor(people);
        accounts.setPassword(advisor.id(), PASSWORD, Actor.integration("test"));
        admin = "adm" + Staff.next();
        accounts.create(admin, "Admin Person", Department.RECEPTION, Set.of(Role.ADMIN), PASSWORD,
                Actor.integration("test"));
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

    private Page signedIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(server.getURL() + "/login");
        assertThat(page.locator("vaadin-login-form input[name=username]"))
                .isEditable(new LocatorAssertions.IsEditableOptions().setTimeout(30_000)); // a busy 2-core machine
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    @ParameterizedTest(name = "{0}: typed {1}")
    @CsvSource(delimiter = '|', value = {"en-GB|35,50|The customer sees", "fi-FI|35.50|Asiakas näkee"})
    void a_price_typed_with_either_decimal_mark_is_the_same_price_on_a_tablet(String locale, String typed,
            String sees) {
        Person technician = Staff.technician(people);
        long visit = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, technician);
        long line = extraWork.flagExtraWork(visit, "Front brake pads worn", null, Urgency.SAFETY, technician.asActor());
        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
                .setLocale(locale));
        Page page = signedIn(tablet, advisor.username());
        page.navigate(server.getURL() + "/visit/" + visit);
        page.locator("#approval-send").click(new Locator.ClickOptions().setTimeout(30_000));
        Locator field = page.locator("vaadin-text-field#approval-price-" + line);
        Locator preview = page.locator("#approval-price-" + line + "-preview");

        // First an amount that could be read two ways: named under the field, nothing sent.
        field.locator("input").click();
        page.keyboard().type("1.234");
        page.locator("#approval-confirm").click();
        assertThat(field).hasAttribute("invalid", "", new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(field.locator("[slot=error-message]")).containsText(locale.startsWith("fi")
                ? "voi tarkoittaa kahta eri summaa" : "could be read two ways");
        assertThat(preview).isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("approval-price-refused-" + locale + "-1024x768.png")));
        assertThat(approvals.ofVisit(visit)).isEmpty();

        // Then the price with the other language's decimal mark, typed key by key.
        field.locator("input").fill("");
        field.locator("input").click();
        page.keyboard().type(typed);
        assertThat(preview).hasText(Pattern.compile(sees + ": 35,50\\s€"), new LocatorAssertions.HasTextOptions().setTimeout(30_000));
        assertThat(field).not().hasAttribute("invalid", "");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("approval-price-" + locale + "-1024x768.png")));
        page.locator("#approval-confirm").click();
        assertThat(page.locator(".approval-link").first()).isVisible(SOON);

        assertThat(approvals.ofVisit(visit)).hasSize(1);
        assertThat(overview.extraWork(visit).get(0).priceEstimate()).isEqualByComparingTo("35.50");
        tablet.close();

        // The customer's page says the same; answered, the link says so with the workshop's number to tap.
        String link = server.getURL() + "/approve/" + approvals.ofVisit(visit).get(0).token()
                + (locale.startsWith("fi") ? "" : "?lang=en");
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale(locale).setHasTouch(true).setJavaScriptEnabled(false));
        Page customer = phone.newPage();
        customer.navigate(link);
        assertThat(customer.locator("main")).containsText(locale.startsWith("fi") ? "35,50\u00A0€" : "€35.50");
        customer.locator("label[for$='-approved']").first().click();
        customer.locator("button[type=submit]").click();
        customer.navigate(link);
        assertThat(customer.locator("h1")).hasText(locale.startsWith("fi") ? "Vastaukset on jo lähetetty"
                : "These answers were already sent");
        assertThat(customer.locator("#contact a[href='tel:+35891234567']")).hasText("+358 9 123 4567");
        customer.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("approval-answered-" + locale + "-390x844.png")));
        phone.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en-GB, Customers' links and QR codes point at http://localhost:8080",
            "fi-FI, Asiakkaiden linkit ja QR-koodit osoittavat osoitteeseen http://localhost:8080"})
    void the_admin_sees_that_links_still_point_at_localhost(String locale, String warning) {
        BrowserContext tablet = browser.newContext(new Browser.NewContextOptions().setViewportSize(1024, 768)
                .setLocale(locale));
        Page page = signedIn(tablet, admin); // an admin lands on Users
        page.waitForURL("**/admin/users");
        assertThat(page.locator("#public-url-warning")).isVisible(SOON);
        assertThat(page.locator("#public-url-warning")).containsText(warning);
        assertThat(page.locator("#public-url-warning")).containsText("HUOLTOPOLKU_PUBLIC_URL");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("public-url-warning-" + locale + "-1024x768.png")));
        tablet.close();
    }
}
