package fi.huoltopolku.checks.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.CheckItemService;
import fi.huoltopolku.checks.ChecklistRow;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.ItemKind;
import fi.huoltopolku.checks.ItemTemplate;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.VisitCard;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The visit page's objective side: the checklist of the car's stage, every check answered so far
 * (by the process, a post-inspection or a workshop test), and entering an outside workshop test's
 * result against this visit.
 */
public class VisitChecks extends Composite<VerticalLayout> {

    private final VisitCard card;
    private final ChecklistService checks;
    private final CheckItemService templates;
    private final Consumer<Runnable> attempt;
    private final Runnable refresh;

    public VisitChecks(VisitCard card, ChecklistService checks, CheckItemService templates, Messages messages,
            WorkshopClock clock, Consumer<Runnable> attempt, Runnable refresh) {
        this.card = card;
        this.checks = checks;
        this.templates = templates;
        this.attempt = attempt;
        this.refresh = refresh;
        VerticalLayout content = getContent();
        content.setPadding(false);
        if (!checks.checklist(card.id(), card.stage()).isEmpty()) {
            content.add(new H2(getTranslation("visit.checklist", Ui.tr(card.stage()))));
            content.add(new ChecklistPanel(checks, messages, clock, card.id(), Source.PROCESS,
                    () -> checks.checklist(card.id(), card.stage())));
        }
        List<ChecklistRow> answered = checks.overview(card.id()).stream()
                .filter(r -> r.answered() && !(r.source() == Source.PROCESS && r.stage() == card.stage())).toList();
        if (!answered.isEmpty()) {
            Details all = new Details(getTranslation("visit.allChecks", answered.size()));
            Div list = new Div();
            list.setId("all-checks");
            for (ChecklistRow row : answered) {
                list.add(Ui.withClass(new Paragraph(Ui.tr(row.answer()) + " · " + row.question().in(getLocale())
                        + " · " + Ui.tr(row.source()) + (row.stage() == null ? "" : " · " + Ui.tr(row.stage()))
                        + " · " + StoredText.read(row.answeredBy(), getLocale()) + (row.comment() == null ? "" : " · “" + row.comment() + "”")),
                        "text-s", "m-0", "check-" + row.answer().name()));
            }
            all.add(list);
            content.add(all);
        }
        content.add(workshopTest());
    }

    /** An outside workshop test's result entered against this visit. */
    private Details workshopTest() {
        Details entry = new Details(getTranslation("visit.enterTest"));
        ComboBox<ItemTemplate> item = new ComboBox<>(getTranslation("field.itemCode"));
        List<ItemTemplate> all = new ArrayList<>(templates.templates(ItemKind.PROCESS, null));
        all.addAll(templates.templates(ItemKind.POST_INSPECTION, null));
        item.setItems(all.stream().filter(t -> !t.retired()).toList());
        item.setItemLabelGenerator(t -> t.item().code() + " · " + t.current().question().in(getLocale()));
        item.setWidth("32rem");
        Select<Answer> answer = new Select<>();
        answer.setLabel(getTranslation("field.answer"));
        answer.setItems(Answer.values());
        answer.setItemLabelGenerator(Ui::tr);
        TextField comment = new TextField(getTranslation("field.comment"));
        comment.setMaxLength(2000);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (item.getValue() == null || answer.getValue() == null) {
                item.setInvalid(item.getValue() == null);
                answer.setInvalid(answer.getValue() == null);
                return;
            }
            attempt.accept(() -> {
                checks.answer(card.id(), item.getValue().item().code(), answer.getValue(), comment.getValue(),
                        Source.WORKSHOP_TEST, CurrentUser.actor());
                refresh.run();
            });
        });
        HorizontalLayout form = new HorizontalLayout(item, answer, comment, save);
        form.setAlignItems(Alignment.END);
        form.getStyle().set("flex-wrap", "wrap");
        entry.add(form);
        return entry;
    }
}
