package fi.huoltopolku.quality.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.quality.ThemeComparison;
import fi.huoltopolku.quality.group.GroupReport.SiteFigures;
import fi.huoltopolku.quality.group.GroupSeed;
import fi.huoltopolku.support.ViewTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group screen of three sites ({@link GroupSeed}) as a group manager sees it: in the menu, each
 * theme's funnel drawn with a labelled dot per site and both limits, the site outside them in a
 * sentence, the table, and the drill-down to a site's own report; in both languages.
 */
class GroupViewTest extends ViewTest {

    private static boolean planted;

    @BeforeEach
    void plant() {
        if (!planted) {
            GroupSeed.plant(context);
            planted = true;
        }
    }

    private void open() {
        UI.getCurrent().navigate(GroupView.class);
        _get(GroupView.class);
        // The period of the seed: the screen's own dates, set as a manager would.
        var pickers = _find(DatePicker.class);
        pickers.get(0).setValue(GroupSeed.FIRST);
        pickers.get(1).setValue(GroupSeed.LAST);
    }

    @Test
    void the_funnels_the_sentence_the_table_and_the_way_to_a_sites_report() {
        open();
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Quality report",
                "Group comparison");
        assertThat(_find(_get(Div.class, spec -> spec.withId("group-flags")), Paragraph.class))
                // Three sites are too few to widen the funnel (Funnel.WIDEN_FROM_UNITS): Lahti's Timeliness is named.
                .extracting(Paragraph::getText).containsExactly(
                        "Espoo's customers are satisfied with Timeliness 95\u00a0% (n 60), above the group's 99.8 % limit"
                        + " — more than chance explains.",
                        "Lahti's customers are satisfied with Timeliness 60\u00a0% (n 60), below the group's 99.8 % limit"
                        + " — more than chance explains.",
                        "Tampere's customers are satisfied with Invoice & "
                        + "handover 50\u00a0% (n 10), below the group's 95 % limit — possibly chance: one site in twenty"
                        + " falls outside this limit by chance alone.");
        assertThat(_find(_get(Div.class, spec -> spec.withId("group-blind-spots")), Paragraph.class))
                .extracting(Paragraph::getText)
                .containsExactly("Tampere: blind spot in Invoice & handover.", "Lahti: blind spot in Timeliness.");

        // Handover's customers differ more than chance (φ̂ 1.22, GroupComparisonTest), but three sites do not widen.
        assertThat(_find(_get(Div.class, spec -> spec.withId("funnel-HANDOVER-customers")), Paragraph.class))
                .extracting(Paragraph::getText).singleElement().asString()
                .startsWith("The sites differ more than chance allows (\u03c6\u0302 1.22), but 3 sites are too few");
        String svg = _get(Div.class, spec -> spec.withId("funnel-HANDOVER-customers")).getChildren()
                .filter(Div.class::isInstance).findFirst().orElseThrow().getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains(">Espoo</text>", ">Tampere</text>", ">Lahti</text>",
                "stroke-dasharray", "group 79\u00a0%").containsOnlyOnce("r=\"5\" fill=\"#d68910\"");
        assertThat(svg.split("<circle").length - 1).isEqualTo(3);
        assertThat(_get(Div.class, spec -> spec.withId("group-theme-HANDOVER")).getElement().getText()).isEmpty();
        assertThat(_find(_get(Div.class, spec -> spec.withId("group-theme-HANDOVER")), Paragraph.class))
                .extracting(Paragraph::getText).contains("Learn Invoice & handover from Espoo: customers satisfied "
                        + "83\u00a0% (n 60), checks done 92\u00a0% (n 60).");

        @SuppressWarnings("unchecked")
        Grid<SiteFigures> table = _get(Grid.class, spec -> spec.withId("group-table-HANDOVER"));
        assertThat(GridKt._size(table)).isEqualTo(4);
        SiteFigures tampere = GridKt._get(table, 2);
        assertThat(tampere.site().name()).isEqualTo("Tampere");
        assertThat(GridKt._getFormattedRow(table, 2)).contains("100\u00a0% (n 10, 95 %: 72–100 %)",
                "50\u00a0% (n 10, 95 %: 24–76 %)", "Below 95 %", "Blind spot");
        Anchor link = (Anchor) GridKt._getCellComponent(table, 2, "site");
        assertThat(link.getHref()).isEqualTo("quality?site=TRE&from=2026-03-02&to=2026-03-08");
        assertThat(link.getText()).isEqualTo("Tampere");
        assertThat(((Anchor) GridKt._getCellComponent(table, 1, "site")).getText()).isEqualTo("Espoo ★");

        // A code that is not one of the caller's sites (or no site) is named as such, never an empty report.
        UI.getCurrent().navigate("quality", QueryParameters.simple(Map.of("site", "NOSUCH")));
        assertThat(_get(Div.class, spec -> spec.withId("site-only")).getElement().getTextRecursively())
                .contains("'NOSUCH' is not one of your sites").doesNotContain("Site NOSUCH only");

        UI.getCurrent().navigate("quality", QueryParameters.simple(Map.of("site", "TRE", "from", "2026-03-02",
                "to", "2026-03-08")));
        assertThat(_get(Div.class, spec -> spec.withId("site-only")).getElement().getTextRecursively())
                .contains("Site Tampere only", "Back to the group comparison");
        @SuppressWarnings("unchecked")
        Grid<ThemeComparison> report = _get(Grid.class, spec -> spec.withId("comparison"));
        ThemeComparison handover = GridKt._findAll(report).stream()
                .filter(r -> r.theme().code().equals("HANDOVER")).findFirst().orElseThrow();
        assertThat(handover.comparison().objective().successes()).isEqualTo(10);
        assertThat(handover.comparison().subjective().successes()).isEqualTo(5);
        assertThat(handover.comparison().subjective().n()).isEqualTo(10);
        assertThat(_get(Anchor.class, spec -> spec.withId("download-csv")).getHref()).endsWith("&site=TRE");
    }

    @Test
    void in_finnish() {
        VaadinSession.getCurrent().setLocale(Messages.FINNISH);
        UI.getCurrent().setLocale(Messages.FINNISH);
        open();
        assertThat(_find(_get(Div.class, spec -> spec.withId("group-flags")), Paragraph.class))
                .extracting(Paragraph::getText).containsExactly(
                        "Espoo: teemassa Aikataulussa pysyminen asiakkaista 95\u00a0% on tyytyväisiä (n 60), yli ryhmän"
                        + " 99,8 %:n rajan — enemmän kuin sattuma selittää.",
                        "Lahti: teemassa Aikataulussa pysyminen asiakkaista 60\u00a0% on tyytyväisiä (n 60), alle ryhmän"
                        + " 99,8 %:n rajan — enemmän kuin sattuma selittää.",
                        "Tampere: teemassa Lasku ja luovutus asiakkaista "
                        + "50\u00a0% on tyytyväisiä (n 10), alle ryhmän 95 %:n rajan — voi olla sattumaa: joka "
                        + "kahdeskymmenes toimipiste jää tämän rajan ulkopuolelle pelkästä sattumasta.");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Ryhmävertailu");
    }
}
