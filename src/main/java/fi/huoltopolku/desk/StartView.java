package fi.huoltopolku.desk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ui.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;
import java.util.Set;

/** The address everyone lands on after signing in: forwards to the person's own screen. */
@Route(value = "", autoLayout = false)
@PermitAll
@Prototype
public class StartView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(home(CurrentUser.roles()));
    }

    /** The route of the first screen of someone with these roles. */
    static String home(Set<Role> roles) {
        if (roles.contains(Role.ADVISOR)) {
            return "counter";
        }
        if (roles.contains(Role.TECHNICIAN) || roles.contains(Role.FOREMAN)) {
            return "my-jobs";
        }
        if (roles.contains(Role.MANAGER)) {
            return "quality";
        }
        return roles.contains(Role.ADMIN) ? "admin/users" : "login";
    }
}
