package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import java.util.function.Consumer;

/**
 * Asks for one text (a note, a reason, a resolution) and hands it to an action; a refusal is
 * shown on the field and the text stays.
 */
public final class TextDialog {

    private TextDialog() {
    }

    /**
     * @param action may refuse with a {@link Problem}
     * @param after  runs once the action succeeded (e.g. a refresh)
     */
    public static void ask(String title, String label, Messages messages, Consumer<String> action, Runnable after) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextArea text = new TextArea(label);
        text.setWidth("28rem");
        text.setMaxLength(2000);
        text.setRequiredIndicatorVisible(true);
        text.setId("dialog-text");
        Button save = new Button(dialog.getTranslation("action.save"), e -> {
            try {
                action.accept(text.getValue());
                dialog.close();
                after.run();
            } catch (Problem problem) {
                text.setInvalid(true);
                text.setErrorMessage(messages.text(problem, Ui.locale()));
                if (problem.kind() == Problem.Kind.CONFLICT) {
                    Ui.show(problem, messages);
                    dialog.close();
                    after.run();
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("dialog-save");
        dialog.add(text);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
