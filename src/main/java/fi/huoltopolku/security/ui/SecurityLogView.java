package fi.huoltopolku.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.SecurityEvent;
import fi.huoltopolku.security.SecurityLog;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The security log for admins: the latest 500 events, newest first. */
@Route("admin/log")
@RolesAllowed("ADMIN")
@Prototype
public class SecurityLogView extends VerticalLayout implements HasDynamicTitle {

    public SecurityLogView(SecurityLog log, WorkshopClock clock) {
        setSizeFull();
        Grid<SecurityEvent> grid = new Grid<>();
        grid.addColumn(e -> Ui.fullTime(e.at(), clock.zone())).setHeader(getTranslation("log.at")).setAutoWidth(true);
        grid.addColumn(e -> Ui.tr(e.kind())).setHeader(getTranslation("log.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(e -> username(e.username())).setHeader(getTranslation("admin.username"));
        grid.addColumn(e -> e.actor() == null ? "" : e.actor()).setHeader(getTranslation("log.actor"));
        grid.addColumn(e -> e.address() == null ? "" : e.address()).setHeader(getTranslation("log.address"));
        grid.addColumn(e -> detail(e.detail())).setHeader(getTranslation("log.detail")).setKey("detail").setFlexGrow(2);
        grid.setItems(log.recent());
        grid.setId("security-log");
        add(new H2(getTranslation("nav.securityLog")), grid);
    }

    /** A sign-in with an unknown badge is logged under "badge 1006": shown in the reader's language. */
    private String username(String username) {
        if (username == null) {
            return "";
        }
        return username.matches("badge \\S+") ? getTranslation("log.detail.badge", username.substring(6)) : username;
    }

    /**
     * A detail in the reader's language: a text key and its arguments ({@link SecurityLog#detail});
     * a detail recorded before details were keys is shown as it was written.
     */
    String detail(String detail) {
        if (detail == null) {
            return "";
        }
        if (!detail.startsWith(SecurityLog.KEYED)) {
            return detail;
        }
        String[] parts = detail.substring(SecurityLog.KEYED.length()).split(String.valueOf(SecurityLog.SEPARATOR), -1);
        Object[] args = new Object[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            args[i - 1] = parts[i].startsWith("roles=") ? Arrays.stream(parts[i].substring(6).split(","))
                    .filter(r -> !r.isEmpty()).map(r -> Ui.tr(Role.valueOf(r)))
                    .collect(Collectors.joining(", ")) : parts[i];
        }
        return getTranslation(parts[0], args);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.securityLog");
    }
}
