package fi.huoltopolku.security.ui;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.Router;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.SignedIn;
import fi.huoltopolku.security.SiteEditor;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.support.ViewTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The group admin's Sites screen: a one-site installation shows its one site with every setting
 * as configured; a new site's wrong settings are each named under their field at once (in the
 * admin's language), nothing typed is lost, and a stale edit is refused with the other's version
 * shown. Nobody but an admin opens it.
 */
class SitesViewTest extends ViewTest {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Inject Sites sites;
    @Inject SiteEditor editor;
    @Inject Messages messages;

    private void asAdmin() {
        CurrentUser.set(new SignedIn(new Person(-2L, "siteadmin", "Site Admin", Role.ADMIN, 1L, true),
                EnumSet.of(Role.ADMIN)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Site> grid() {
        return _get(Grid.class, spec -> spec.withId("sites"));
    }

    /** Clicks a site's Edit button in the grid. */
    private static void edit(String code) {
        List<Site> rows = GridKt._findAll(grid());
        int row = rows.indexOf(rows.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow());
        _click((Button) GridKt._getCellComponent(grid(), row, "actions"));
    }

    private static TextField field(String name) {
        return _get(TextField.class, spec -> spec.withId("site-" + name));
    }

    @Test
    void the_first_site_is_listed_with_its_settings_as_configured_and_the_menu_leads_there() {
        asAdmin();
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Sites");
        UI.getCurrent().navigate(SitesView.class);

        assertThat(GridKt._getFormattedRow(grid(), 0).get(0)).isEqualTo("main");
        assertThat(GridKt._getFormattedRow(grid(), 0).get(1)).isEqualTo(sites.name(Site.FIRST));

        edit("main");
        // Left empty: the configured value shows as the placeholder.
        assertThat(field("zone").getValue()).isEmpty();
        assertThat(field("zone").getPlaceholder()).isEqualTo("Europe/Helsinki");
        assertThat(field("opens").getPlaceholder()).isEqualTo(editor.configured().opens());
        assertThat(field("name").getPlaceholder()).isEqualTo(editor.configured().name());
        assertThat(field("postInspectionShare").getPlaceholder()).isEqualTo(editor.configured().postInspectionShare());
    }

    @Test
    void every_wrong_setting_of_a_new_site_is_named_under_its_field_in_finnish_and_the_fixed_site_is_saved() {
        asAdmin();
        UI.getCurrent().setLocale(Locale.forLanguageTag("fi"));
        UI.getCurrent().navigate(SitesView.class);
        _click(_get(Button.class, spec -> spec.withId("add-site")));
        _setValue(field("code"), "Espoo!");
        _setValue(field("publicUrl"), "huolto.example.fi");
        _setValue(field("zone"), "Helsinki");
        _setValue(field("opens"), "8.00");
        _setValue(field("closes"), "25:00");
        _setValue(field("postInspectionShare"), "150 %");
        _setValue(field("senderName"), "Huoltopolku Espoo");
        _click(_get(Button.class, spec -> spec.withId("site-save")));

        for (String name : List.of("code", "name", "publicUrl", "zone", "opens", "closes", "postInspectionShare",
                "senderName")) {
            assertThat(field(name).isInvalid()).as(name).isTrue();
        }
        assertThat(field("name").getErrorMessage()).isEqualTo("pakollinen");
        assertThat(field("zone").getErrorMessage()).isEqualTo("'Helsinki' ei ole aikavyöhyke (esim. Europe/Helsinki)");
        assertThat(field("opens").getErrorMessage()).isEqualTo("'8.00' ei ole kellonaika (tt:mm, esim. 07:30)");
        assertThat(field("address").isInvalid()).isFalse();
        assertThat(field("publicUrl").getValue()).isEqualTo("huolto.example.fi");

        String code = "espoo" + NEXT.incrementAndGet() + System.nanoTime() % 1000;
        _setValue(field("code"), code);
        _setValue(field("name"), "Autohuolto Espoo");
        _setValue(field("publicUrl"), "https://espoo.example.fi");
        _setValue(field("zone"), "Europe/Helsinki");
        _setValue(field("opens"), "08:00");
        _setValue(field("closes"), "16:30");
        _setValue(field("postInspectionShare"), "15 %");
        _setValue(field("senderName"), "AH Espoo");
        @SuppressWarnings("unchecked")
        CheckboxGroup<DayOfWeek> days = _get(CheckboxGroup.class, spec -> spec.withId("site-openDays"));
        _setValue(days, Set.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
        _click(_get(Button.class, spec -> spec.withId("site-save")));

        Site saved = sites.byCode(code).orElseThrow();
        assertThat(saved.name()).isEqualTo("Autohuolto Espoo");
        assertThat(saved.opens()).isEqualTo("08:00");
        assertThat(saved.closes()).isEqualTo("16:30");
        assertThat(saved.openDays()).isEqualTo("MONDAY,SATURDAY");
        assertThat(saved.postInspectionShare()).isEqualByComparingTo("0.15");
        assertThat(saved.senderName()).isEqualTo("AH Espoo");
        assertThat(saved.address()).isNull();
        assertThat(GridKt._size(grid())).isEqualTo(sites.all().size());
        assertThat(sites.isGroup()).isTrue();
    }

    @Test
    void an_edit_made_on_a_stale_copy_is_refused_and_the_other_admins_version_is_shown() {
        String code = "tampere" + NEXT.incrementAndGet() + System.nanoTime() % 1000;
        Site site = editor.create(new SiteEditor.Form(code, "Autohuolto Tampere", null, null, null, null, null, null,
                Set.of(), null, null, null));
        asAdmin();
        UI.getCurrent().navigate(SitesView.class);
        edit(code);
        _setValue(field("contact"), "03 123 4567");

        // Meanwhile another admin renames it.
        SiteEditor.Form theirs = SiteEditor.Form.of(sites.byCode(code).orElseThrow());
        editor.update(site.siteId(), new SiteEditor.Form(code, "Tampereen Autohuolto", null, null, null, null, null,
                null, Set.of(), null, null, theirs.version()));

        _click(_get(Button.class, spec -> spec.withId("site-save")));
        NotificationsKt.expectNotifications(
                "Someone else changed this meanwhile. It has been reloaded: check it and try again.");
        assertThat(field("name").getValue()).isEqualTo("Tampereen Autohuolto");
        assertThat(sites.byCode(code).orElseThrow().contact()).isNull();

        // Saved again on the fresh copy, it goes through.
        _setValue(field("contact"), "03 123 4567");
        _click(_get(Button.class, spec -> spec.withId("site-save")));
        assertThat(sites.byCode(code).orElseThrow().contact()).isEqualTo("03 123 4567");
        assertThat(sites.byCode(code).orElseThrow().name()).isEqualTo("Tampereen Autohuolto");
    }

    @Test
    void hours_that_close_before_they_open_and_a_taken_code_are_named_and_a_share_takes_either_decimal_mark() {
        assertThatThrownBy(() -> editor.create(new SiteEditor.Form("main", "Second", null, null, null, null, "16:00",
                "08:00", Set.of(), null, null, null))).isInstanceOfSatisfying(Problem.class, p -> assertThat(
                        p.problems().stream().map(each -> each.field() + " " + messages.reason(each, Locale.ENGLISH)))
                .containsExactlyInAnyOrder("code the code main belongs to another site",
                        "closes closes (08:00) must be after opens (16:00)"));
        // Only a closing time given: it must be after the configured opening time.
        assertThatThrownBy(() -> editor.create(new SiteEditor.Form("early" + NEXT.incrementAndGet(), "Early", null,
                null, null, null, null, "06:00", Set.of(), null, null, null))).isInstanceOfSatisfying(Problem.class,
                        p -> assertThat(p.field()).isEqualTo("closes"));

        Site comma = editor.create(new SiteEditor.Form("comma" + NEXT.incrementAndGet(), "Comma", null, null, null,
                "UTC", null, null, Set.of(), "0,125", null, null));
        assertThat(comma.postInspectionShare()).isEqualByComparingTo("0.125");
        assertThat(comma.zone()).isEqualTo("UTC");
        assertThat(comma.opens()).isNull();
    }

    @Test
    void a_manager_cannot_open_the_sites_screen() {
        CurrentUser.set(new SignedIn(new Person(-3L, "mgr", "Manager", Role.MANAGER, 1L, true),
                EnumSet.of(Role.MANAGER)));
        // Refused by the view's declaration; Karibu's stand-in error view throws (its trace not shown).
        Logger router = (Logger) LoggerFactory.getLogger(Router.class);
        Logger serverError = (Logger) LoggerFactory.getLogger(InternalServerError.class);
        Level routerLevel = router.getLevel();
        Level serverErrorLevel = serverError.getLevel();
        router.setLevel(Level.OFF);
        serverError.setLevel(Level.OFF);
        try {
            assertThatThrownBy(() -> {
                UI.getCurrent().navigate("admin/sites");
                _find(SitesView.class);
            }).hasMessageContaining("Access is denied");
        } finally {
            router.setLevel(routerLevel);
            serverError.setLevel(serverErrorLevel);
        }
    }
}
