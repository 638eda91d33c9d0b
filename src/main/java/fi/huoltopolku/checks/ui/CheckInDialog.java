package fi.huoltopolku.checks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fi.huoltopolku.base.Localized;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.CheckInService;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The one way to Checked in on every screen (the Counter's arrivals, the visit page, the board):
 * the check-in form with the customer, its check-in items ticked there, saved as one change.
 */
@Singleton
public class CheckInDialog {

    private final CheckInService checkIns;
    private final ChecklistService checks;
    private final CustomerService customers;
    private final PeopleService people;
    private final Messages messages;
    private final VisitOverviewService overview;

    CheckInDialog(CheckInService checkIns, ChecklistService checks, CustomerService customers, PeopleService people,
            Messages messages, VisitOverviewService overview) {
        this.overview = overview;
        this.checkIns = checkIns;
        this.checks = checks;
        this.customers = customers;
        this.people = people;
        this.messages = messages;
    }

    /**
     * Opens the check-in of a booked car. {@code checkedIn} hears the visit once it is checked in;
     * {@code conflict} when someone else changed the visit meanwhile (the screen reads it again).
     */
    public void open(VisitCard card, LongConsumer checkedIn, Runnable conflict) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Ui.text("action.checkIn") + ": " + card.plate());
        CheckInForm form = new CheckInForm(card, people.withRole(Role.TECHNICIAN),
                checks.checklist(card.id(), Stage.CHECKED_IN).stream()
                        .map(r -> Map.entry(r.code(), r.question().in(Ui.locale()))).toList());
        var customer = customers.customer(card.customerId());
        form.noMessages.setValue(customer.contactDeclined());
        form.messagesBy.setValue(customer.messagesBy());
        // Declined work stays on file: offered again with the customer at the counter.
        overview.declinedWork(card.vehicleId()).stream().filter(line -> line.visitId() != card.id())
                .forEach(line -> form.addComponentAtIndex(2, Ui.withClass(new Paragraph(
                        Ui.text("checkIn.declinedBefore", line.what().in(Ui.locale()))), "text-s", "declined-before")));
        form.addSaveListener(e -> {
            // What is left unticked is named, all at once, before anything is saved.
            List<Localized> left = checkIns.leftUnticked(card.id(), form.ticked());
            if (left.isEmpty()) {
                save(card, form, dialog, checkedIn, conflict);
            } else {
                confirmUnfinished(left, () -> save(card, form, dialog, checkedIn, conflict));
            }
        });
        form.addCloseListener(e -> dialog.close());
        dialog.add(form);
        dialog.open();
    }

    private void save(VisitCard card, CheckInForm form, Dialog dialog, LongConsumer checkedIn, Runnable conflict) {
        try {
            checkIns.checkIn(card.id(), card.version(), form.checkIn(), form.ticked(), form.noMessages.getValue(),
                    form.messagesBy.getValue(), CurrentUser.actor());
            dialog.close();
            checkedIn.accept(card.id());
            Ui.saved("counter.checkedIn", card.plate());
        } catch (Problem problem) {
            form.markInvalid(problem, messages);
            Ui.show(problem, messages);
            if (problem.kind() == Problem.Kind.CONFLICT) {
                dialog.close();
                conflict.run();
            }
        }
    }

    /**
     * Names the mandatory check-in items left unticked; the advisor goes back to tick them, or saves
     * the check-in as not finished (the car then waits on the Counter until they are answered).
     */
    private void confirmUnfinished(List<Localized> left, Runnable saveAnyway) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(Ui.text("checkIn.leftTitle"));
        Paragraph text = new Paragraph(Ui.text("checkIn.leftUnticked",
                left.stream().map(l -> l.in(Ui.locale())).collect(Collectors.joining("; "))));
        text.setId("check-in-left");
        confirm.add(text);
        Button back = new Button(Ui.text("checkIn.leftBack"), e -> confirm.close());
        back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        back.setId("check-in-left-back");
        Button anyway = new Button(Ui.text("checkIn.leftSaveUnfinished"), e -> {
            confirm.close();
            saveAnyway.run();
        });
        anyway.setId("check-in-left-save");
        confirm.getFooter().add(anyway, back);
        confirm.open();
    }
}
