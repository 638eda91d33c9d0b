package fi.huoltopolku.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.visit.ui.CounterView;
import fi.huoltopolku.visit.ui.MyJobsView;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

class StartViewTest extends ViewTest {

    @Inject PeopleService people;

    @Test
    void a_technician_taps_their_name_and_lands_on_my_jobs_with_only_their_screens_in_the_menu() {
        Person technician = Staff.technician(people);
        UI.getCurrent().navigate("");

        _click(_get(Button.class, spec -> spec.withId("person-" + technician.username())));

        assertThat(_find(MyJobsView.class)).hasSize(1);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly("My jobs", "Workshop board");
    }

    @Test
    void an_advisor_lands_on_the_counter() {
        Person advisor = Staff.advisor(people);
        UI.getCurrent().navigate("");
        _click(_get(Button.class, spec -> spec.withId("person-" + advisor.username())));
        assertThat(_find(CounterView.class)).hasSize(1);
    }

    @Test
    void nobody_reaches_a_staff_screen_without_saying_who_they_are() {
        UI.getCurrent().navigate("board");
        assertThat(_find(StartView.class)).hasSize(1);
    }
}
