package fi.huoltopolku.matter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.matter.MatterService;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.ContactChannel;
import java.util.Map;

/** Records what a customer wants when it is not (yet) a visit, and who owns it. */
public class NewMatterDialog extends Dialog {

    public NewMatterDialog(VehicleMatch customer, MatterService matters, PeopleService people, Messages messages,
            Runnable saved) {
        setHeaderTitle(getTranslation("matter.new") + ": " + customer.customerName());
        TextArea subject = new TextArea(getTranslation("field.subject"));
        subject.setWidthFull();
        subject.setMaxLength(500);
        subject.setRequiredIndicatorVisible(true);
        subject.setId("matter-subject");
        Select<ContactChannel> channel = new Select<>();
        channel.setLabel(getTranslation("visit.channel"));
        channel.setItems(ContactChannel.byStaff());
        channel.setItemLabelGenerator(Ui::tr);
        channel.setValue(ContactChannel.PHONE);
        Select<Department> department = new Select<>();
        department.setLabel(getTranslation("field.department"));
        department.setItems(people.departments());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        ComboBox<Person> owner = new ComboBox<>(getTranslation("field.person"));
        owner.setItems(people.active());
        owner.setItemLabelGenerator(Person::fullName);
        owner.setClearButtonVisible(true);
        owner.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                people.departments().stream().filter(d -> d.id().equals(e.getValue().departmentId())).findFirst()
                        .ifPresent(department::setValue);
            }
        });
        CurrentUser.get().ifPresent(owner::setValue);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                matters.open(customer.customerId(), subject.getValue(), channel.getValue(),
                        department.getValue() == null ? null : department.getValue().id(),
                        owner.getValue() == null ? null : owner.getValue().id(), CurrentUser.actor());
                close();
                saved.run();
            } catch (Problem problem) {
                // Every field the problem names is marked, each with its reason.
                if (!Ui.markInvalid(Map.of("subject", subject, "department", department, "person", owner),
                        problem, messages)) {
                    Ui.show(problem, messages);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("matter-save");
        VerticalLayout form = new VerticalLayout(subject, channel, department, owner);
        form.setPadding(false);
        form.setMinWidth("26rem");
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
