package fi.huoltopolku.security;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.feedback.Said;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.support.ViewTest;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site A's people (advisor, technician, foreman, manager) opening every screen they may open, the
 * ones of one visit or car with site B's visit or car: nothing of site B's shows (a visit of B is
 * the same "no such visit" as one that does not exist; a car's history names the other site only).
 * The group manager sees B's. Every screen must be written down, so a new one fails here.
 */
class SiteScreensMatrixTest extends ViewTest {

    /** How a screen reaches a site's data. */
    enum Kind { VISIT_ID, VEHICLE_ID, LIST, GROUP_ADMIN, SIGN_IN }

    private static final Map<String, Kind> SCREENS = new TreeMap<>();

    static {
        SCREENS.put("login", Kind.SIGN_IN);
        SCREENS.put("", Kind.LIST);
        SCREENS.put("counter", Kind.LIST);
        SCREENS.put("board", Kind.LIST);
        SCREENS.put("visit", Kind.VISIT_ID);
        SCREENS.put("vehicle", Kind.VEHICLE_ID);
        SCREENS.put("calendar", Kind.LIST);
        SCREENS.put("checklist", Kind.VISIT_ID);
        SCREENS.put("my-jobs", Kind.LIST);
        SCREENS.put("post-inspection", Kind.VISIT_ID);
        SCREENS.put("workshop-tests", Kind.LIST);
        SCREENS.put("check-items", Kind.LIST);
        SCREENS.put("inbox", Kind.LIST);
        SCREENS.put("handover-sheet", Kind.VISIT_ID);
        SCREENS.put("quality", Kind.LIST);
        SCREENS.put("my-feedback", Kind.LIST);
        SCREENS.put("improvements", Kind.LIST);
        SCREENS.put("quality/group", Kind.LIST);
        // The admin's screens: ADMIN is held at the group only (see PeopleService.grant).
        SCREENS.put("admin/users", Kind.GROUP_ADMIN);
        SCREENS.put("admin/tokens", Kind.GROUP_ADMIN);
        SCREENS.put("admin/log", Kind.GROUP_ADMIN);
        SCREENS.put("admin/customers", Kind.GROUP_ADMIN);
        SCREENS.put("admin/backups", Kind.GROUP_ADMIN);
        SCREENS.put("admin/sites", Kind.GROUP_ADMIN);
    }

    private static final List<Role> AT_A = List.of(Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER);

    @Test
    void site_as_people_see_nothing_of_site_bs_on_any_screen_and_the_group_manager_sees_it() {
        TwoSites group = new TwoSites(context);
        Map<String, Class<?>> screens = new TreeMap<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages("fi.huoltopolku").scan()) {
            for (Class<?> view : scan.getClassesWithAnnotation(Route.class).loadClasses()) {
                screens.put(view.getAnnotation(Route.class).value(), view);
            }
        }
        assertThat(screens.keySet()).as("every screen has its kind written down here")
                .containsExactlyInAnyOrderElementsOf(SCREENS.keySet());
        List<String> leaks = new ArrayList<>();
        Set<String> opened = new TreeSet<>();
        for (Map.Entry<String, Class<?>> screen : screens.entrySet()) {
            Kind kind = SCREENS.get(screen.getKey());
            if (kind == Kind.GROUP_ADMIN || kind == Kind.SIGN_IN) {
                continue;
            }
            for (Role role : AT_A) {
                if (!opensFor(screen.getValue(), role)) {
                    continue;
                }
                CurrentUser.set(group.signedInAtA(role));
                String text = open(screen.getKey(), kind, group);
                assertThat(text).as("what %s sees on '%s'", role, screen.getKey()).isNotBlank();
                opened.add(role + " " + screen.getKey());
                List<String> shown = new ArrayList<>(TwoSites.shownOfB(text));
                if (kind == Kind.VEHICLE_ID) {
                    shown.remove(TwoSites.B_CUSTOMER); // the car and its owner are the group's, one history
                }
                if (!shown.isEmpty()) {
                    leaks.add(role + " → " + screen.getKey() + " shows " + shown);
                }
            }
        }
        assertThat(opened).hasSizeGreaterThan(30);
        assertThat(leaks).isEmpty();

        // A's advisor on the car's page: B's visit as "at Tampere" only.
        CurrentUser.set(group.signedInAtA(Role.ADVISOR));
        assertThat(open("vehicle", Kind.VEHICLE_ID, group)).contains("Tampere").doesNotContain(TwoSites.B_WORK);

        CurrentUser.set(group.signedInGroupManager());
        assertThat(open("visit", Kind.VISIT_ID, group)).contains(TwoSites.B_WORK);
        assertThat(open("vehicle", Kind.VEHICLE_ID, group)).contains(TwoSites.B_WORK);
        assertThat(open("inbox", Kind.LIST, group)).contains(TwoSites.B_COMMENT);
        assertThat(open("improvements", Kind.LIST, group)).contains(TwoSites.B_ACTION);
    }

    @Test
    void the_comments_on_a_theme_are_of_the_callers_sites() {
        TwoSites group = new TwoSites(context);
        FeedbackService feedback = context.getBean(FeedbackService.class);
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2028-01-01T00:00:00Z");
        CurrentUser.set(group.signedInAtA(Role.MANAGER));
        assertThat(feedback.commentsAbout(group.themeB, from, to)).extracting(Said::text)
                .doesNotContain(TwoSites.B_COMMENT);
        CurrentUser.set(group.signedInGroupManager());
        assertThat(feedback.commentsAbout(group.themeB, from, to)).extracting(Said::text)
                .contains(TwoSites.B_COMMENT);
    }

    private static boolean opensFor(Class<?> view, Role role) {
        if (view.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed allowed = view.getAnnotation(RolesAllowed.class);
        return allowed != null && Arrays.asList(allowed.value()).contains(role.name());
    }

    /** Opens the screen (of B's visit or car when it shows one) and returns all its text, its grids' rows too. */
    @SuppressWarnings("unchecked")
    private static String open(String route, Kind kind, TwoSites group) {
        String location = switch (kind) {
            case VISIT_ID -> route + "/" + group.visitB;
            case VEHICLE_ID -> route + "/" + group.vehicleB;
            default -> route;
        };
        UI.getCurrent().navigate(location);
        // A list of "mine or everyone's" (the inbox) is read as everyone's: the widest a person may ask for.
        for (RadioButtonGroup<?> choice : LocatorJ._find(RadioButtonGroup.class)) {
            if (Boolean.TRUE.equals(choice.getValue())) {
                ((RadioButtonGroup<Boolean>) choice).setValue(false);
            }
        }
        StringBuilder text = new StringBuilder();
        for (Component component : LocatorJ._find(Component.class)) {
            text.append(component.getElement().getText()).append('\n');
            if (component instanceof HasText hasText) {
                text.append(hasText.getText()).append('\n');
            }
        }
        for (Grid<?> grid : LocatorJ._find(Grid.class)) {
            int rows = GridKt._size(grid);
            for (int i = 0; i < rows; i++) {
                text.append('\n').append(GridKt._get(grid, i));
            }
        }
        return text.toString();
    }
}
