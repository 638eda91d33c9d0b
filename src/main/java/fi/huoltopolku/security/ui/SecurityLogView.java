package fi.huoltopolku.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.MainLayout;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.security.SecurityEvent;
import fi.huoltopolku.security.SecurityLog;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

/** The security log for admins: the latest 500 events, newest first. */
@Route(value = "admin/log", layout = MainLayout.class)
@RolesAllowed("ADMIN")
@Prototype
public class SecurityLogView extends VerticalLayout implements HasDynamicTitle {

    public SecurityLogView(SecurityLog log, WorkshopClock clock) {
        setSizeFull();
        Grid<SecurityEvent> grid = new Grid<>();
        grid.addColumn(e -> Ui.fullTime(e.at(), clock.zone())).setHeader(getTranslation("log.at")).setAutoWidth(true);
        grid.addColumn(e -> Ui.tr(e.kind())).setHeader(getTranslation("log.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(e -> e.username() == null ? "" : e.username()).setHeader(getTranslation("admin.username"));
        grid.addColumn(e -> e.actor() == null ? "" : e.actor()).setHeader(getTranslation("log.actor"));
        grid.addColumn(e -> e.address() == null ? "" : e.address()).setHeader(getTranslation("log.address"));
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("log.detail")).setFlexGrow(2);
        grid.setItems(log.recent());
        grid.setId("security-log");
        add(new H2(getTranslation("nav.securityLog")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.securityLog");
    }
}
