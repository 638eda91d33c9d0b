package fi.huoltopolku.people.ui;

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
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Hands a visit or a customer matter to another department or person, with a reason. Picking a
 * person picks their department. The caller says what handing over means.
 */
public class HandoffDialog extends Dialog {

    /** What handing over does; may refuse with a {@link Problem}. */
    @FunctionalInterface
    public interface Receiver {
        void handOff(long departmentId, @Nullable Long personId, String reason);
    }

    public HandoffDialog(String title, PeopleService people, Messages messages, Receiver receiver) {
        setHeaderTitle(title);
        List<Department> departments = people.departments();
        Select<Department> department = new Select<>();
        department.setLabel(getTranslation("field.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setId("handoff-department");
        ComboBox<Person> person = new ComboBox<>(getTranslation("field.person"));
        person.setItems(people.active());
        person.setItemLabelGenerator(p -> p.fullName() + " · " + getTranslation(Messages.enumKey(p.role())));
        person.setClearButtonVisible(true);
        person.setId("handoff-person");
        person.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                departments.stream().filter(d -> d.id().equals(e.getValue().departmentId())).findFirst()
                        .ifPresent(department::setValue);
            }
        });
        TextArea reason = new TextArea(getTranslation("field.reason"));
        reason.setWidthFull();
        reason.setMaxLength(2000);
        reason.setRequiredIndicatorVisible(true);
        reason.setId("handoff-reason");
        Button save = new Button(getTranslation("visit.handOff"), e -> {
            var fields = Map.of("department", department, "person", person, "reason", reason);
            if (department.getValue() == null) {
                // Nothing to send without the receiver; the reason's own problem is named with it.
                List<Problem> missing = new ArrayList<>();
                missing.add(Problem.invalid("department", "problem.required"));
                if (reason.getValue().isBlank()) {
                    missing.add(Problem.invalid("reason", "problem.required"));
                }
                Ui.markInvalid(fields, Problem.all(missing), messages);
                return;
            }
            try {
                receiver.handOff(department.getValue().id(), person.getValue() == null ? null : person.getValue().id(),
                        reason.getValue());
                close();
            } catch (Problem problem) {
                if (!Ui.markInvalid(fields, problem, messages)) {
                    Ui.show(problem, messages);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("handoff-save");
        VerticalLayout form = new VerticalLayout(department, person, reason);
        form.setPadding(false);
        form.setMinWidth("24rem");
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
