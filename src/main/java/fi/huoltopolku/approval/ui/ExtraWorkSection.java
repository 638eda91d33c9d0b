package fi.huoltopolku.approval.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import fi.huoltopolku.approval.ApprovalService;
import fi.huoltopolku.base.Amounts;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.ExtraWorkPhotos;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitDetails;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.ui.ExtraWorkForm;
import fi.huoltopolku.visit.ui.PhotoStrip;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The visit page's extra work: each line with why, urgency, price and the customer's decision (by
 * phone or in person here), its photos, the approval link to the customer's phone, the work declined
 * on earlier visits, and flagging a new line.
 */
public class ExtraWorkSection extends Composite<VerticalLayout> {

    public ExtraWorkSection(VisitCard card, VisitDetails details, ExtraWorkService extraWork, VisitOverviewService overview,
            ExtraWorkPhotos photos, ApprovalService approvals, Messages messages, WorkshopClock clock,
            Consumer<Runnable> attempt, Runnable refresh) {
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setId("extra-work-section");
        content.add(new H2(getTranslation("visit.extraWork")));
        Grid<ExtraWork> grid = new Grid<>();
        grid.setId("extra-work");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(line -> line.what().in(getLocale())).setHeader(getTranslation("field.description")).setFlexGrow(2);
        grid.addColumn(l -> l.reason() == null ? "" : l.reason()).setHeader(getTranslation("extraWork.why"));
        grid.addColumn(l -> Ui.tr(l.urgency())).setHeader(getTranslation("extraWork.urgency")).setAutoWidth(true);
        grid.addColumn(l -> l.priceEstimate() == null ? "" : Amounts.euros(l.priceEstimate(), getLocale()))
                .setHeader(getTranslation("approvalPage.price")).setAutoWidth(true);
        grid.addColumn(l -> Ui.tr(l.decision()) + (l.decidedBy() == null ? "" : " · " + StoredText.read(l.decidedBy(), getLocale()) + " · "
                + Ui.tr(l.decidedVia()) + " · " + Ui.time(l.decidedAt(), clock))
                + (l.doneAt() == null ? "" : " · " + getTranslation("extraWork.done")))
                .setHeader(getTranslation("field.decision")).setFlexGrow(2);
        grid.addComponentColumn(l -> {
            HorizontalLayout buttons = new HorizontalLayout();
            if (l.decision() == Decision.PENDING) {
                Select<ContactChannel> via = new Select<>();
                via.setItems(ContactChannel.byStaff());
                via.setItemLabelGenerator(Ui::tr);
                via.setValue(ContactChannel.PHONE);
                via.setAriaLabel(getTranslation("extraWork.via"));
                via.setWidth("9em");
                Button approve = new Button(getTranslation("extraWork.approve"), e -> attempt.accept(() ->
                        extraWork.decideExtraWork(l.id(), Decision.APPROVED, via.getValue(), CurrentUser.actor())));
                approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                approve.addClassName("approve");
                Button decline = new Button(getTranslation("extraWork.decline"), e -> attempt.accept(() ->
                        extraWork.decideExtraWork(l.id(), Decision.DECLINED, via.getValue(), CurrentUser.actor())));
                decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                buttons.add(via, approve, decline);
            } else if (l.decision() == Decision.APPROVED && l.doneAt() == null) {
                Button done = new Button(getTranslation("extraWork.markDone"), e -> attempt.accept(() ->
                        extraWork.markExtraWorkDone(l.id(), CurrentUser.actor())));
                done.addThemeVariants(ButtonVariant.LUMO_SMALL);
                buttons.add(done);
            }
            return buttons;
        }).setKey("actions").setAutoWidth(true);
        grid.setItems(details.extraWork());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("visit.noExtraWork"));
        content.add(grid, new PhotoStrip(photos, details.extraWork()));
        if (CurrentUser.has(Role.ADVISOR, Role.FOREMAN, Role.MANAGER)) {
            content.add(new ApprovalPanel(approvals, messages, clock, card.id(), details.extraWork(),
                    refresh));
        }
        var declinedBefore = overview.declinedWork(card.vehicleId()).stream()
                .filter(l -> l.visitId() != card.id()).map(line -> line.what().in(getLocale())).collect(Collectors.joining(", "));
        if (!declinedBefore.isEmpty()) {
            content.add(Ui.withClass(new Paragraph(getTranslation("visit.declinedBefore", declinedBefore)), "text-s"));
        }
        if (card.stage().inHouse()) {
            content.add(new Button(getTranslation("myJobs.extraWork"), e -> openExtraWork(card, photos, attempt)));
        }
    }


    private void openExtraWork(VisitCard card, ExtraWorkPhotos photos, Consumer<Runnable> attempt) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("myJobs.extraWork") + ": " + card.plate());
        dialog.setWidth("min(48rem, 96vw)");
        ExtraWorkForm form = new ExtraWorkForm();
        form.addSaveListener(e -> attempt.accept(() -> {
            photos.flag(card.id(), form.description(), form.why.getValue(), e.urgency(), form.photos, CurrentUser.actor());
            dialog.close();
        }));
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }
}
