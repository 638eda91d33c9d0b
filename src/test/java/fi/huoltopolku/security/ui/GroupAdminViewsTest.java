package fi.huoltopolku.security.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.security.ApiToken;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.site.Site;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** A group's admin grants roles per site (or at the group) and makes API tokens of a site or of the group. */
class GroupAdminViewsTest extends ViewTest {

    @Inject Sites sites;
    @Inject PeopleService people;
    @Inject AccountService accounts;
    @Inject ApiTokenService tokens;

    @Test
    @SuppressWarnings("unchecked")
    void in_a_group_the_admin_grants_each_role_at_chosen_sites_or_the_whole_group() {
        long tampere = sites.save(sites.newSite("tre", "Tampere")).siteId();
        int n = Staff.next();
        Person helper = people.create("helper" + n, "Helper " + n, Role.TECHNICIAN, Department.WORKSHOP);
        UI.getCurrent().navigate(UsersView.class);
        Grid<AccountService.User> users = _get(Grid.class, spec -> spec.withId("users"));
        int row = rowOf(users, helper);
        Component actions = GridKt._getCellComponent(users, row, "actions");
        _click(_get(actions, Button.class, spec -> spec.withId("roles-helper" + n)));
        // A technician who helps at the neighbouring site, and the group's manager.
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("grants-technician")), Set.of(Site.FIRST, tampere));
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("grants-manager")), Set.of(0L));
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(accounts.grantsOf(helper.id())).containsExactlyInAnyOrder(
                new AccountService.Grant(Role.TECHNICIAN, Site.FIRST), new AccountService.Grant(Role.TECHNICIAN, tampere),
                new AccountService.Grant(Role.MANAGER, null));
        users = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(GridKt._getFormattedRow(users, rowOf(users, helper))).anySatisfy(cell -> assertThat(cell)
                .contains("Technician (Tampere)").contains("Manager (Whole group)"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void in_a_group_a_token_belongs_to_the_site_chosen_or_the_whole_group() {
        long tampere = sites.save(sites.newSite("tre2", "Tampere 2")).siteId();
        UI.getCurrent().navigate(ApiTokensView.class);
        Select<Long> site = _get(Select.class, spec -> spec.withId("token-site"));
        assertThat(site.isVisible()).isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "Tampere booking");
        _setValue(site, tampere);
        _click(_get(Button.class, spec -> spec.withId("token-create")));
        _click(_get(Button.class, spec -> spec.withId("token-done")));
        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "Group reports");
        _setValue(site, 0L);
        _click(_get(Button.class, spec -> spec.withId("token-create")));

        List<ApiToken> made = tokens.all().stream().sorted(Comparator.comparing(ApiToken::id)).toList();
        assertThat(made.get(made.size() - 2).siteId()).isEqualTo(tampere);
        assertThat(made.get(made.size() - 1).siteId()).isNull();
    }

    private static int rowOf(Grid<AccountService.User> users, Person person) {
        for (int i = 0; i < GridKt._size(users); i++) {
            if (GridKt._get(users, i).person().id().equals(person.id())) {
                return i;
            }
        }
        throw new AssertionError("no row of " + person.username());
    }
}
