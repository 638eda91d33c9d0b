package fi.huoltopolku.security.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.security.SecurityEvent;
import fi.huoltopolku.security.SignedIn;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The security log reads in the admin's language: its details are stored as text keys, not English. */
class SecurityLogViewTest extends ViewTest {

    @Inject AccountService accounts;

    @Test
    void the_security_log_shows_its_details_in_finnish_to_a_finnish_admin() {
        Person admin = accounts.create("logadm" + Staff.next(), "Log Admin", Department.RECEPTION, Set.of(Role.ADMIN),
                "admin password", Actor.integration("test"));
        Person technician = accounts.create("logtec" + Staff.next(), "Log Technician", Department.WORKSHOP,
                Set.of(Role.TECHNICIAN), "technician password", admin.asActor());
        String badge = String.valueOf(90000 + Staff.next());
        accounts.setPin(technician.id(), badge, "2468", admin.asActor());
        accounts.signInWithPin(badge, "2468", "127.0.0.1");
        assertThatThrownBy(() -> accounts.signInWithPin("77" + badge, "0000", "127.0.0.1"));

        CurrentUser.set(new SignedIn(admin, EnumSet.of(Role.ADMIN)));
        UI.getCurrent().setLocale(new Locale("fi"));
        UI.getCurrent().navigate(SecurityLogView.class);
        @SuppressWarnings("unchecked")
        Grid<SecurityEvent> log = _get(Grid.class, spec -> spec.withId("security-log"));
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(20, GridKt._size(log)); i++) {
            rows.add(String.join(" | ", GridKt._getFormattedRow(log, i)));
        }
        assertThat(rows).anyMatch(row -> row.contains(technician.username()) && row.endsWith("roolit: Asentaja"))
                .anyMatch(row -> row.contains(technician.username()) && row.endsWith("kortti " + badge))
                .anyMatch(row -> row.contains(technician.username()) && row.endsWith("kortilla ja PIN-koodilla"))
                .anyMatch(row -> row.contains("kortti 77" + badge + " |"));
        assertThat(String.join("\n", rows)).doesNotContain("with PIN", "badge ", "roles ");
    }
}
