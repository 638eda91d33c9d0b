package fi.huoltopolku.checks.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ItemTemplate;
import fi.huoltopolku.checks.ItemWording;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.theme.Theme;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The wording of a check item, in both languages, with a live preview of how the row looks on the
 * workshop tablet. Calls no service; the view decides what saving means.
 */
public class ItemForm extends VerticalLayout {

    public final TextField code = new TextField();
    final Select<Theme> theme = new Select<>();
    final TextField questionEn = new TextField();
    final TextField questionFi = new TextField();
    final Select<Role> role = new Select<>();
    final Checkbox mandatory = new Checkbox();
    private final Div preview = new Div();

    public ItemForm(List<Theme> themes, @Nullable ItemTemplate existing) {
        setPadding(false);
        code.setLabel(getTranslation("field.code"));
        code.setHelperText("WRK_TORQUE_WHEELS");
        code.setId("item-code");
        theme.setLabel(getTranslation("field.theme"));
        theme.setItems(themes);
        theme.setItemLabelGenerator(t -> t.name(getLocale()));
        questionEn.setLabel(getTranslation("field.questionEn"));
        questionEn.setMaxLength(300);
        questionEn.setWidthFull();
        questionEn.setId("item-question-en");
        questionFi.setLabel(getTranslation("field.questionFi"));
        questionFi.setMaxLength(300);
        questionFi.setWidthFull();
        questionFi.setId("item-question-fi");
        role.setLabel(getTranslation("field.role"));
        role.setItems(Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN);
        role.setItemLabelGenerator(Ui::tr);
        mandatory.setLabel(getTranslation("checklist.mandatory"));
        if (existing != null) {
            code.setValue(existing.item().code());
            code.setReadOnly(true);
            theme.setValue(themes.stream().filter(t -> t.id().equals(existing.theme().id())).findFirst().orElse(null));
            questionEn.setValue(existing.current().questionEn());
            questionFi.setValue(existing.current().questionFi());
            role.setValue(existing.current().role());
            mandatory.setValue(existing.current().mandatory());
        } else {
            role.setValue(Role.TECHNICIAN);
        }
        preview.addClassNames("item-preview");
        questionEn.addValueChangeListener(e -> showPreview());
        questionFi.addValueChangeListener(e -> showPreview());
        theme.addValueChangeListener(e -> showPreview());
        mandatory.addValueChangeListener(e -> showPreview());
        role.addValueChangeListener(e -> showPreview());
        add(code, theme, questionEn, questionFi, role, mandatory, new H4(getTranslation("checkItems.preview")), preview);
        showPreview();
    }

    public ItemWording wording() {
        return new ItemWording(theme.getValue() == null ? null : theme.getValue().code(), questionEn.getValue(),
                questionFi.getValue(), role.getValue(), mandatory.getValue());
    }

    /** Marks every field the problem names, each with its own reason; nothing typed is lost. */
    public boolean markInvalid(Problem problem, Messages messages) {
        return Ui.markInvalid(Map.of("questionEn", questionEn, "questionFi", questionFi, "code", code,
                "theme", theme, "role", role), problem, messages);
    }

    /** The row as the technician's tablet will show it, in the user's language. */
    private void showPreview() {
        preview.removeAll();
        Div row = new Div();
        row.addClassNames("checklist-row");
        String question = "fi".equals(getLocale().getLanguage()) ? questionFi.getValue() : questionEn.getValue();
        Span text = Ui.withClass(new Span(question.isBlank() ? "…" : question), "checklist-question");
        if (mandatory.getValue()) {
            text.add(Ui.withClass(new Span(" *"), "mandatory-mark"));
        }
        Span meta = Ui.withClass(new Span((theme.getValue() == null ? "" : theme.getValue().name(getLocale()))
                + (role.getValue() == null ? "" : " · " + Ui.tr(role.getValue()))), "text-xs", "text-secondary");
        Div left = new Div(text, meta);
        left.addClassNames("checklist-text");
        Div answers = new Div();
        answers.addClassNames("checklist-answers");
        for (var answer : Answer.values()) {
            Span fake = Ui.badge(Ui.tr(answer), "contrast");
            answers.add(fake);
        }
        row.add(left, answers);
        preview.add(row);
    }
}
