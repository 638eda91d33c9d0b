package fi.huoltopolku.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.backup.BackupService;
import fi.huoltopolku.backup.BackupService.Backup;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.PublicAddress;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.PublicAddressWarning;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.security.ui.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

/** The admin's backups: the kept ones, newest first, "Back up now", and how to restore. */
@Route("admin/backups")
@RolesAllowed("ADMIN")
@Prototype
public class BackupsView extends VerticalLayout implements HasDynamicTitle {

    private final BackupService backups;
    private final Grid<Backup> grid = new Grid<>();

    public BackupsView(BackupService backups, Messages messages, WorkshopClock clock, PublicAddress address) {
        this.backups = backups;
        setMaxWidth("60rem");
        add(new H2(getTranslation("nav.backups")), new PublicAddressWarning(address));
        if (!backups.available()) {
            add(new Paragraph(getTranslation("backup.notHere")));
            return;
        }
        add(new Paragraph(getTranslation("backup.explain", backups.folder().toString(), backups.every(), backups.keep())));
        Button now = new Button(getTranslation("backup.now"), e -> Ui.attempt(messages, () -> {
            Backup written = backups.backUpNow(CurrentUser.actor());
            Ui.saved("backup.written", written.name());
        }, this::refresh));
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.setId("backup-now");
        grid.setId("backups");
        grid.addColumn(Backup::name).setHeader(getTranslation("backup.file")).setAutoWidth(true);
        grid.addColumn(b -> Ui.fullTime(b.at(), clock.zone())).setHeader(getTranslation("backup.at"))
                .setAutoWidth(true);
        grid.addColumn(b -> String.format(Ui.locale(), "%.1f MB", b.bytes() / 1_048_576.0))
                .setHeader(getTranslation("backup.size")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("backup.none"));
        add(now, grid, new Paragraph(getTranslation("backup.restore")));
        refresh();
    }

    private void refresh() {
        grid.setItems(backups.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.backups");
    }
}
