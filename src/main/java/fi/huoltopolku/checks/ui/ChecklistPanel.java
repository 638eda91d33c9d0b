package fi.huoltopolku.checks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistRow;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.security.ui.CurrentUser;
import java.util.List;
import java.util.function.Supplier;

/**
 * A checklist with one tap per answer (yes, no, not applicable), saved on the tap: a reload or a
 * dropped connection loses nothing already tapped. Shows the stage's progress and what is
 * mandatory. Big targets for the workshop tablet.
 */
public class ChecklistPanel extends Div {

    private final ChecklistService checks;
    private final Messages messages;
    private final WorkshopClock clock;
    private final long visitId;
    private final Source source;
    private final Supplier<List<ChecklistRow>> rows;
    private final Span progressText = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Div list = new Div();

    public ChecklistPanel(ChecklistService checks, Messages messages, WorkshopClock clock, long visitId,
            Source source, Supplier<List<ChecklistRow>> rows) {
        this.checks = checks;
        this.messages = messages;
        this.clock = clock;
        this.visitId = visitId;
        this.source = source;
        this.rows = rows;
        addClassNames("checklist");
        progressText.addClassNames("checklist-progress");
        progressText.setId("checklist-progress");
        list.addClassNames("checklist-rows");
        add(progressText, progress, list);
        refresh();
    }

    public void refresh() {
        List<ChecklistRow> all = rows.get();
        long answered = all.stream().filter(ChecklistRow::answered).count();
        long mandatoryOpen = all.stream().filter(r -> r.mandatory() && !r.answered()).count();
        progressText.setText(getTranslation("checklist.progress", answered, all.size())
                + (mandatoryOpen == 0 ? "" : " · " + getTranslation("checklist.mandatoryOpen", mandatoryOpen)));
        progress.setValue(all.isEmpty() ? 1 : (double) answered / all.size());
        list.removeAll();
        if (all.isEmpty()) {
            list.add(new Span(getTranslation("checklist.empty")));
        }
        all.forEach(row -> list.add(row(row)));
    }

    private Div row(ChecklistRow row) {
        Div line = new Div();
        line.addClassNames("checklist-row", row.answered() ? "answered" : "open");
        line.getElement().setAttribute("data-item", row.code());
        Span question = Ui.withClass(new Span(row.question().in(getLocale())), "checklist-question");
        if (row.mandatory()) {
            question.add(Ui.withClass(new Span(" *"), "mandatory-mark"));
            question.getElement().setAttribute("title", getTranslation("checklist.mandatory"));
        }
        Span meta = Ui.withClass(new Span(row.theme().in(getLocale()) + " · " + Ui.tr(row.role())
                + (row.answeredBy() == null ? "" : " · " + StoredText.read(row.answeredBy(), getLocale()) + " " + Ui.time(row.answeredAt(), clock))
                + (row.comment() == null ? "" : " · “" + row.comment() + "”")), "text-xs", "text-secondary");
        Div text = new Div(question, meta);
        text.addClassNames("checklist-text");

        Div buttons = new Div();
        buttons.addClassNames("checklist-answers");
        for (Answer answer : Answer.values()) {
            Button tap = new Button(Ui.tr(answer), e -> save(row, answer, row.comment()));
            tap.addClassNames("touch-target", "answer-" + answer.name());
            if (answer == row.answer()) {
                tap.addThemeVariants(ButtonVariant.LUMO_PRIMARY, answer == Answer.NO ? ButtonVariant.LUMO_ERROR
                        : answer == Answer.YES ? ButtonVariant.LUMO_SUCCESS : ButtonVariant.LUMO_CONTRAST);
                tap.getElement().setAttribute("aria-pressed", "true");
            } else {
                tap.getElement().setAttribute("aria-pressed", "false");
            }
            buttons.add(tap);
        }
        Button comment = new Button(VaadinIcon.COMMENT_O.create(), e -> openComment(row));
        comment.addClassNames("touch-target", "answer-comment");
        comment.setAriaLabel(getTranslation("field.comment"));
        comment.setEnabled(row.answered());
        buttons.add(comment);
        line.add(text, buttons);
        return line;
    }

    private void save(ChecklistRow row, Answer answer, String comment) {
        try {
            checks.answer(visitId, row.code(), answer, comment, source, CurrentUser.actor());
        } catch (Problem problem) {
            Ui.show(problem, messages);
        }
        refresh();
    }

    private void openComment(ChecklistRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(row.question().in(getLocale()));
        TextArea text = new TextArea(getTranslation("field.comment"));
        text.setWidth("28rem");
        text.setMaxLength(2000);
        text.setValue(row.comment() == null ? "" : row.comment());
        Button save = new Button(getTranslation("action.save"), e -> {
            save(row, row.answer(), text.getValue());
            dialog.close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
