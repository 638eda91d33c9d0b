package fi.huoltopolku.approval.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fi.huoltopolku.approval.ApprovalRequest;
import fi.huoltopolku.approval.ApprovalService;
import fi.huoltopolku.base.Amounts;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.AmountField;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWork;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * On the visit page, under the extra work: "Send to the customer for approval" (the waiting lines,
 * each with an optional price estimate, shown as the customer will read it) and the links sent so
 * far, with their state. A price that is not one clear amount is named by its field and nothing is
 * sent.
 */
public class ApprovalPanel extends Composite<Div> {

    public ApprovalPanel(ApprovalService approvals, Messages messages, WorkshopClock clock, long visitId,
            List<ExtraWork> lines, Runnable sent) {
        getContent().setId("approval-panel");
        List<ExtraWork> waiting = lines.stream().filter(l -> l.decision() == Decision.PENDING).toList();
        if (!waiting.isEmpty()) {
            Button send = new Button(getTranslation("approval.send"), e -> open(approvals, messages, visitId, waiting, sent));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.setId("approval-send");
            getContent().add(send);
        }
        for (ApprovalRequest request : approvals.ofVisit(visitId)) {
            String state = request.usedAt() != null
                    ? getTranslation("approval.linkState.used", Ui.fullTime(request.usedAt(), clock.zone()))
                    : request.open(clock.now())
                            ? getTranslation("approval.linkState.open", Ui.fullTime(request.expiresAt(), clock.zone()))
                            : getTranslation("approval.linkState.expired", Ui.fullTime(request.expiresAt(), clock.zone()));
            getContent().add(Ui.withClass(new Paragraph(getTranslation("approval.links") + ": "
                    + Ui.fullTime(request.createdAt(), clock.zone()) + " · "
                    + StoredText.read(request.createdBy(), getLocale()) + " · " + state),
                    "text-s", "m-0", "approval-link"));
        }
    }

    private void open(ApprovalService approvals, Messages messages, long visitId, List<ExtraWork> waiting,
            Runnable sent) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("approval.send"));
        dialog.setWidth("min(40rem, 96vw)");
        Map<Long, AmountField> prices = new LinkedHashMap<>();
        Locale customer = approvals.customerLocale(visitId);
        for (ExtraWork line : waiting) {
            // The line in full above its field (a field's label would cut it short).
            String what = line.what().in(getLocale()) + " · " + Ui.tr(line.urgency());
            AmountField price = new AmountField(getTranslation("approval.price"), Amounts.Unit.EUROS)
                    .withId("approval-price-" + line.id());
            price.field().setAriaLabel(what + ": " + getTranslation("approval.price"));
            price.field().setWidth("min(16rem, 100%)");
            price.setAmount(line.priceEstimate());
            price.showingCustomer(customer);
            prices.put(line.id(), price);
            dialog.add(Ui.withClass(new Paragraph(what), "font-semibold", "m-0", "mt-s"), price);
        }
        Button confirm = new Button(getTranslation("approval.send"), e -> {
            // Every field checked, each naming its own problem, before anything is sent.
            boolean clear = true;
            for (AmountField price : prices.values()) {
                clear &= price.isValidAmount();
            }
            if (!clear) {
                return;
            }
            Map<Long, BigDecimal> values = new LinkedHashMap<>();
            prices.forEach((id, field) -> {
                BigDecimal amount = field.amount();
                if (amount != null) {
                    values.put(id, amount);
                }
            });
            try {
                approvals.send(visitId, values, CurrentUser.actor());
                dialog.close();
                Ui.saved("approval.sent");
                sent.run();
            } catch (Problem problem) {
                Ui.show(problem, messages);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("approval-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
