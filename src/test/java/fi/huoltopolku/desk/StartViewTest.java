package fi.huoltopolku.desk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.Router;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.checks.FigureFilter;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.quality.ComparisonService;
import fi.huoltopolku.quality.ui.QualityReportView;
import fi.huoltopolku.security.SignedIn;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.security.ui.LoginView;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

/** Where a signed-in person lands, what their menu holds, and what happens without signing in. */
class StartViewTest extends ViewTest {

    @Inject PeopleService people;
    @Inject ComparisonService comparison;

    @Test
    void a_technician_lands_on_my_jobs_with_only_their_screens_in_the_menu() {
        actAs(Staff.technician(people));
        UI.getCurrent().navigate("");

        assertThat(_find(MyJobsView.class)).hasSize(1);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly("My jobs", "Workshop board", "My feedback");
    }

    @Test
    void an_advisor_lands_on_the_counter_and_a_technicians_address_of_the_report_is_refused() {
        actAs(Staff.advisor(people));
        UI.getCurrent().navigate("");
        assertThat(_find(CounterView.class)).hasSize(1);

        // Refused by the view's declaration (the running app shows it as "page not found"). Karibu's
        // stand-in error view throws, which Vaadin's router logs with its trace: expected here, not shown.
        Logger router = (Logger) LoggerFactory.getLogger(Router.class);
        Logger serverError = (Logger) LoggerFactory.getLogger(InternalServerError.class);
        Level routerLevel = router.getLevel();
        Level serverErrorLevel = serverError.getLevel();
        router.setLevel(Level.OFF);
        serverError.setLevel(Level.OFF);
        try {
            Assertions.assertThatThrownBy(() -> {
                UI.getCurrent().navigate("quality");
                _find(QualityReportView.class);
            }).hasMessageContaining("Access is denied");
        } finally {
            router.setLevel(routerLevel);
            serverError.setLevel(serverErrorLevel);
        }
    }

    @Test
    void the_services_refuse_a_technician_the_managers_report_even_called_directly() {
        actAs(Staff.technician(people));
        var day = FigureFilter.period(Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-02T00:00:00Z"));
        Assertions.assertThatThrownBy(() -> comparison.report(day))
                .isInstanceOfSatisfying(Problem.class,
                        p -> assertThat(p.kind()).isEqualTo(Problem.Kind.FORBIDDEN));
    }

    @Test
    void someone_with_two_roles_sees_the_screens_of_both() {
        Person advisor = Staff.advisor(people);
        CurrentUser.set(new SignedIn(advisor, EnumSet.of(Role.ADVISOR, Role.ADMIN)));
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .contains("Counter", "Users", "API tokens", "Security log").doesNotContain("Quality report");
    }

    @Test
    void nobody_reaches_a_staff_screen_without_signing_in() {
        VaadinSession.getCurrent().getSession().removeAttribute(SignedIn.ATTRIBUTE);
        UI.getCurrent().navigate("board");
        assertThat(_find(LoginView.class)).hasSize(1);
    }
}
