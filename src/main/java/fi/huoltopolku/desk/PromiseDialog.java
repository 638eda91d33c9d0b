package fi.huoltopolku.desk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.DateTexts;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitService;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * Moving the promised handover time: the new time and the reason (on the timeline), and whether to
 * tell the customer, offered whenever they take messages (a later time told before the old one runs
 * out counts as "told of the delay in time").
 */
class PromiseDialog extends Dialog {

    final DateTimePicker promisedAt = new DateTimePicker();
    final TextField reason = new TextField();
    final Checkbox tell = new Checkbox();

    PromiseDialog(VisitCard card, boolean customerTakesMessages, VisitService visits, WorkshopClock clock,
            Messages messages, Runnable changed) {
        setHeaderTitle(getTranslation("visit.changePromise") + ": " + card.plate());
        setWidth("min(32rem, 96vw)");
        DateTexts.localized(promisedAt);
        promisedAt.setLabel(getTranslation("visit.newPromise"));
        promisedAt.setValue(LocalDateTime.ofInstant(card.promisedAt(), clock.zone()));
        promisedAt.setId("promise-new");
        reason.setLabel(getTranslation("field.reason"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        reason.setId("promise-reason");
        tell.setLabel(getTranslation(customerTakesMessages ? "visit.tellCustomer" : "visit.cannotTell"));
        tell.setValue(customerTakesMessages);
        tell.setEnabled(customerTakesMessages);
        tell.setId("promise-tell");
        add(promisedAt, reason, tell);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                visits.changePromise(card.id(), card.version(), promisedAt.getValue() == null ? null
                        : promisedAt.getValue().atZone(clock.zone()).toInstant(), reason.getValue(), tell.getValue(),
                        CurrentUser.actor());
                close();
                Ui.saved("visit.promiseChanged");
                changed.run();
            } catch (Problem problem) {
                if (!Ui.markInvalid(Map.of("promisedAt", promisedAt, "reason", reason), problem, messages)) {
                    Ui.show(problem, messages);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("promise-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
