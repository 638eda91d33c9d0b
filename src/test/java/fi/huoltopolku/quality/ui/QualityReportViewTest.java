package fi.huoltopolku.quality.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.EmailField;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.NotFoundView;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ThemeComparison;
import fi.huoltopolku.quality.WeeklyReportService;
import fi.huoltopolku.quality.stats.Classification;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class QualityReportViewTest extends ViewTest {

    @Inject PeopleService people;

    @Test
    void with_no_answers_yet_every_theme_is_too_few_and_nothing_is_suggested() {
        actAs(people.create("q" + Staff.next(), "Quality Manager", Role.MANAGER, Department.RECEPTION));
        UI.getCurrent().navigate(QualityReportView.class);

        @SuppressWarnings("unchecked")
        Grid<ThemeComparison> grid = _get(Grid.class, spec -> spec.withId("comparison"));
        assertThat(GridKt._size(grid)).isEqualTo(7);
        assertThat(GridKt._get(grid, 0).comparison().classification()).isEqualTo(Classification.TOO_FEW_ANSWERS);
        assertThat(_get(_get(Div.class, spec -> spec.withId("focus")), Paragraph.class).getText())
                .startsWith("Nothing to focus on right now");

        GridKt._clickItem(grid, 6);
        ThemeDetail detail = _get(ThemeDetail.class);
        assertThat(_find(detail, Paragraph.class)).extracting(Paragraph::getText)
                .contains("No comments tagged with this theme in the period.", "No visit where the two sides disagree.",
                        "p-chart: the limits are those of chance alone, three standard errors at each month's n.")
                .anyMatch(text -> text.startsWith("Too few answers to read yet: 0 from customers and 0 checks, 10 needed"));
    }

    @Test
    void laneys_chart_says_so_under_the_chart_in_both_languages() {
        assertThat(Messages.text("report.controlKindLaney", Locale.ENGLISH, 1.4)).isEqualTo(
                "Laney p′ chart: the months vary more than chance alone, the limits are widened by σz = 1.4.");
        assertThat(Messages.text("report.controlKindLaney", Locale.forLanguageTag("fi"), 1.4)).isEqualTo(
                "Laneyn p′-kortti: kuukaudet vaihtelevat enemmän kuin pelkkä sattuma selittää, rajoja on levennetty "
                        + "kertoimella σz = 1,4.");
    }

    @Test
    void a_manager_opts_in_to_the_weekly_report_by_e_mail_after_fixing_the_address() {
        actAs(people.create("wq" + Staff.next(), "Weekly Reader", Role.MANAGER, Department.RECEPTION));
        UI.getCurrent().navigate(QualityReportView.class);
        EmailField email = _get(EmailField.class,
                spec -> spec.withId("weekly-email"));
        LocatorJ._setValue(email, "not an address");
        LocatorJ._click(_get(Button.class,
                spec -> spec.withId("weekly-subscribe")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("'not an address' is not an e-mail address");

        LocatorJ._setValue(email, "reader@example.com");
        LocatorJ._click(_get(Button.class,
                spec -> spec.withId("weekly-subscribe")));
        assertThat(_find(_get(Div.class, spec -> spec.withId("weekly-report")), Paragraph.class))
                .extracting(Paragraph::getText).contains("The weekly report goes to reader@example.com.");
        assertThat(_get(Button.class, spec -> spec.withId("weekly-stop")).isVisible()).isTrue();
    }

    @Test
    void a_manager_opens_the_last_weekly_e_mail_as_it_was_sent_with_its_pdf() {
        WorkshopClock clock = context.getBean(WorkshopClock.class);
        WeeklyReportService weekly = context.getBean(WeeklyReportService.class);
        actAs(people.create("wl" + Staff.next(), "Last Reader", Role.MANAGER, Department.RECEPTION));
        try {
            clock.use(Clock.fixed(Instant.parse("2026-11-18T08:00:00Z"), clock.zone()));
            weekly.subscribe("last.reader@example.com", "en");
            UI.getCurrent().navigate(QualityReportView.class);
            assertThat(_find(Button.class, spec -> spec.withId("weekly-open-last")))
                    .as("nothing sent yet: nothing to open").isEmpty();

            // Monday 23 November 07:05 in Helsinki: the week of 16–22 November is composed (no mail server in
            // the tests: recorded) and kept.
            clock.use(Clock.fixed(Instant.parse("2026-11-23T05:05:00Z"), clock.zone()));
            weekly.sendDue();
            UI.getCurrent().navigate(ImprovementsView.class);
            UI.getCurrent().navigate(QualityReportView.class);
            LocatorJ._click(_get(Button.class,
                    spec -> spec.withId("weekly-open-last")));
            Dialog dialog = _get(Dialog.class,
                    spec -> spec.withId("weekly-last-mail"));
            assertThat(dialog.getHeaderTitle()).isEqualTo("Your weekly e-mail of the week from 16.11.2026 "
                    + "(recorded (no mail server is set up))");
            assertThat(_find(dialog, Paragraph.class)).extracting(Paragraph::getText)
                    .anyMatch(text -> text.endsWith(": quality report 16.11.2026–22.11.2026"))
                    .anyMatch(text -> text.startsWith("Last week (16.11.2026–22.11.2026) in brief:")
                            && text.contains("The whole report is attached as a PDF."));
            assertThat(_get(dialog, Anchor.class, spec -> spec.withId("weekly-last-pdf"))
                    .getHref()).isNotBlank();
            WeeklyReportService.LastMail last = weekly.lastMail().orElseThrow();
            assertThat(new String(last.pdf(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(last.fileName()).isEqualTo("quality-report-2026-11-16-to-2026-11-22.pdf");
        } finally {
            clock.reset();
        }
    }

    @Test
    void one_site_has_no_group_comparison_in_the_menu_nor_at_its_address() {
        actAs(people.create("q" + Staff.next(), "Quality Manager", Role.MANAGER, Department.RECEPTION));
        UI.getCurrent().navigate(QualityReportView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Quality report")
                .doesNotContain("Group comparison");
        assertThat(_find(Div.class, spec -> spec.withId("site-only"))).allSatisfy(d -> assertThat(d.isVisible()).isFalse());
        UI.getCurrent().navigate("quality/group");
        assertThat(_find(GroupView.class)).isEmpty();
        assertThat(_find(NotFoundView.class)).hasSize(1);
    }
}
