package fi.huoltopolku.checks.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.customer.MessagesBy;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.VisitCard;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Check-in with the customer at the counter: confirm the flags and the concern, pick a technician. */
public class CheckInForm extends VerticalLayout {

    final CheckboxGroup<Flag> flags = new CheckboxGroup<>();
    final ComboBox<Person> technician = new ComboBox<>();
    final TextArea note = new TextArea();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final Checkbox noMessages = new Checkbox();
    final Select<MessagesBy> messagesBy =
            new Select<>();

    private final List<Checkbox> checks = new ArrayList<>();

    /**
     * @param items the check-in stage's check items, as (code, question) pairs, ticked here with the
     *              customer and saved once the car is checked in
     */
    CheckInForm(VisitCard card, List<Person> technicians, List<Map.Entry<String, String>> items) {
        setPadding(false);
        add(new Paragraph(card.plate() + " · " + card.makeAndModel() + " · " + card.customerName()));
        add(new Paragraph(getTranslation("field.requestedWork") + ": " + card.requestedWork()));
        phone.setLabel(getTranslation("field.customer.phone"));
        phone.setValue(Phones.shown(card.customerPhone()));
        email.setLabel(getTranslation("field.customer.email"));
        email.setValue(card.customerEmail() == null ? "" : card.customerEmail());
        phone.setHelperText(getTranslation("checkIn.contactHelp"));
        noMessages.setLabel(getTranslation("checkIn.noMessages"));
        noMessages.setId("check-in-no-messages");
        messagesBy.setLabel(getTranslation("checkIn.messagesBy"));
        messagesBy.setItems(MessagesBy.values());
        messagesBy.setEmptySelectionAllowed(true);
        messagesBy.setEmptySelectionCaption(getTranslation("checkIn.messagesByAny"));
        messagesBy.setItemLabelGenerator(by -> by == null ? getTranslation("checkIn.messagesByAny")
                : getTranslation("messagesBy." + by.name()));
        messagesBy.setId("check-in-messages-by");
        messagesBy.setWidth("24em");
        noMessages.addValueChangeListener(e -> messagesBy.setEnabled(!e.getValue()));
        flags.setLabel(getTranslation("booking.flags"));
        flags.setItems(Flag.values());
        flags.setItemLabelGenerator(Ui::tr);
        flags.setValue(card.flags());
        technician.setLabel(getTranslation("field.technician"));
        technician.setItems(technicians);
        technician.setItemLabelGenerator(Person::fullName);
        technician.setClearButtonVisible(true);
        technician.setHelperText(getTranslation("checkIn.technicianHelp"));
        note.setLabel(getTranslation("checkIn.note"));
        note.setWidthFull();
        note.setMaxLength(2000);
        Button save = new Button(getTranslation("action.checkIn"), e -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("check-in-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> fireEvent(new CloseEvent(this)));
        cancel.setId("check-in-cancel");
        VerticalLayout ticks = new VerticalLayout();
        ticks.setPadding(false);
        ticks.setSpacing(false);
        for (var item : items) {
            Checkbox tick = new Checkbox(item.getValue());
            tick.setId("check-in-" + item.getKey());
            tick.getElement().setAttribute("data-item", item.getKey());
            checks.add(tick);
            ticks.add(tick);
        }
        add(new HorizontalLayout(phone, email), new HorizontalLayout(messagesBy, noMessages), flags, ticks, technician, note, new HorizontalLayout(save, cancel));
    }

    Set<Flag> chosenFlags() {
        return flags.getValue().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags.getValue());
    }

    /** The check items ticked together with the customer. */
    List<String> ticked() {
        return checks.stream().filter(Checkbox::getValue).map(c -> c.getElement().getAttribute("data-item")).toList();
    }

    CheckIn checkIn() {
        return new CheckIn(chosenFlags(), chosenTechnician(), phone.getValue(), email.getValue(), note.getValue());
    }

    /** Marks every field the problem names, each with its reason; nothing typed is lost. */
    boolean markInvalid(Problem problem, Messages messages) {
        return Ui.markInvalid(Map.of("customer.phone", phone, "customer.email", email, "messagesBy", messagesBy),
                problem, messages);
    }

    @Nullable Long chosenTechnician() {
        return technician.getValue() == null ? null : technician.getValue().id();
    }

    static final class SaveEvent extends ComponentEvent<CheckInForm> {
        SaveEvent(CheckInForm source) {
            super(source, false);
        }
    }

    static final class CloseEvent extends ComponentEvent<CheckInForm> {
        CloseEvent(CheckInForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
