package fi.huoltopolku.security.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.security.SignedIn;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin adds a user on the Users screen: a bad password is named under its field and nothing is lost. */
class UsersViewTest extends ViewTest {

    @Inject AccountService accounts;

    @Test
    void an_admin_adds_a_user_after_fixing_a_too_short_password_and_the_new_user_can_sign_in() {
        Person admin = accounts.create("adm" + Staff.next(), "Admin Person", Department.RECEPTION, Set.of(Role.ADMIN),
                "admin password", Actor.integration("test"));
        CurrentUser.set(new SignedIn(admin, EnumSet.of(Role.ADMIN)));
        UI.getCurrent().navigate(UsersView.class);

        String username = "newbie" + Staff.next();
        _click(_get(Button.class, spec -> spec.withId("add-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("new-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("new-name")), "New Advisor");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = _get(CheckboxGroup.class, spec -> spec.withId("dialog-roles"));
        _setValue(roles, Set.of(Role.ADVISOR));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));
        _setValue(password, "short");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("At least 10 characters.");
        assertThat(_get(TextField.class, spec -> spec.withId("new-username")).getValue()).isEqualTo(username);

        _setValue(password, "a good long password");
        _click(_get(Button.class, spec -> spec.withId("dialog-save")));

        @SuppressWarnings("unchecked")
        Grid<AccountService.User> users = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(GridKt._size(users)).isGreaterThan(0);
        assertThat(accounts.users()).anySatisfy(u -> {
            assertThat(u.person().username()).isEqualTo(username);
            assertThat(u.roles()).containsExactly(Role.ADVISOR);
        });
        assertThat(accounts.signIn(username, "a good long password", "10.1.1.1").person().fullName())
                .isEqualTo("New Advisor");
    }
}
