package fi.huoltopolku.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.TextDialog;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.feedback.CaseStatus;
import fi.huoltopolku.feedback.ContactKpi;
import fi.huoltopolku.feedback.FeedbackCard;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The feedback inbox: what customers wrote and rated, each case with its owner and due time,
 * overdue ones standing out; contact, resolve, reassign, tag with themes.
 */
@Route("inbox")
@RolesAllowed({"ADVISOR", "FOREMAN", "MANAGER"})
@Prototype
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final FeedbackService feedback;
    private final PeopleService people;
    private final ThemeService themes;
    private final Messages messages;
    private final WorkshopClock clock;
    private final RadioButtonGroup<Boolean> whose = new RadioButtonGroup<>();
    private final Span kpi = new Span();
    private final Div cases = new Div();

    public InboxView(FeedbackService feedback, PeopleService people, ThemeService themes, Messages messages,
            WorkshopClock clock) {
        this.feedback = feedback;
        this.people = people;
        this.themes = themes;
        this.messages = messages;
        this.clock = clock;
        setMaxWidth("72rem");
        whose.setItems(true, false);
        whose.setItemLabelGenerator(mine -> getTranslation(mine ? "inbox.mine" : "inbox.everyone"));
        whose.setValue(true);
        whose.addValueChangeListener(e -> refresh());
        kpi.setId("contact-kpi");
        kpi.addClassNames("text-s", "text-secondary");
        cases.setId("cases");
        cases.addClassNames("job-grid");
        add(new H2(getTranslation("inbox.title")), kpi, whose, cases);
        refresh();
    }

    void refresh() {
        ContactKpi last30 = feedback.kpi(clock.now().minus(Duration.ofDays(30)), clock.now());
        kpi.setText(last30.share() == null ? getTranslation("inbox.kpiNone")
                : getTranslation("inbox.kpi", Math.round(last30.share() * 100), last30.contactedInTime(), last30.due()));
        List<FeedbackCard> open = feedback.open(whose.getValue() ? CurrentUser.require().id() : null);
        cases.removeAll();
        if (open.isEmpty()) {
            cases.add(new Paragraph(getTranslation("inbox.empty")));
        }
        Map<String, Theme> byCode = themes.all().stream().collect(Collectors.toMap(Theme::code, t -> t));
        open.forEach(c -> cases.add(card(c, byCode)));
    }

    private Div card(FeedbackCard c, Map<String, Theme> byCode) {
        Div card = new Div();
        card.addClassNames("visit-tile", "feedback-card");
        if (c.overdue()) {
            card.addClassName("promise-alert");
        }
        Anchor plate = new Anchor("visit/" + c.visitId(), c.plate());
        plate.addClassNames("plate");
        Span who = Ui.withClass(new Span(c.customerName() + (c.phone() == null ? "" : " · " + Phones.shown(c.phone()))), "font-bold");
        FlexLayout badges = new FlexLayout();
        badges.addClassNames("gap-xs");
        badges.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        c.reasons().forEach(r -> badges.add(Ui.badge(getTranslation("reason." + r), "error", "small")));
        badges.add(Ui.badge(Ui.tr(c.status()), "small"));
        badges.add(Ui.badge(Ui.tr(c.source()), "contrast", "small"));
        if (!c.contactConsent()) {
            badges.add(Ui.badge(getTranslation("inbox.noConsent"), "small"));
        }
        String ratings = getTranslation("field.overall") + " " + c.overall() + "/5"
                + (c.nps() == null ? "" : " · " + getTranslation("field.nps") + " " + c.nps() + "/10")
                + c.ratings().entrySet().stream().map(e -> " · " + (byCode.containsKey(e.getKey())
                        ? byCode.get(e.getKey()).name(getLocale()) : e.getKey()) + " " + e.getValue() + "/5")
                .collect(Collectors.joining());
        Paragraph scores = Ui.withClass(new Paragraph(ratings), "text-s", "m-0");
        card.add(plate, who, badges, scores);
        if (c.comment() != null) {
            Paragraph comment = new Paragraph("“" + c.comment() + "”");
            comment.addClassNames("customer-comment", "m-0");
            card.add(comment);
        }
        Span due = Ui.withClass(new Span(getTranslation("inbox.due", Ui.fullTime(c.dueAt().minusSeconds(60), clock.zone()))
                + " · " + (c.ownerName() == null ? "–" : c.ownerName())), "text-s");
        if (c.overdue()) {
            due.addClassName("promise-red");
            due.setText(due.getText() + " · " + getTranslation("inbox.overdue"));
        }
        card.add(due);
        if (c.contactNote() != null) {
            card.add(Ui.withClass(new Paragraph(getTranslation("field.contactNote") + ": " + c.contactNote()),
                    "text-s", "m-0"));
        }
        CheckboxGroup<String> tags = new CheckboxGroup<>(getTranslation("inbox.tags"));
        tags.setItems(byCode.keySet().stream().sorted((a, b) -> byCode.get(a).position() - byCode.get(b).position())
                .toList());
        tags.setItemLabelGenerator(code -> byCode.get(code).name(getLocale())
                + (c.suggestedTags().contains(code) && !c.tags().contains(code) ? " ★" : ""));
        tags.setValue(new HashSet<>(c.tags()));
        tags.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                attempt(() -> feedback.tag(c.id(), e.getValue()));
            }
        });
        tags.addClassName("case-tags");
        card.add(tags);
        if (!c.suggestedTags().isEmpty() && !new HashSet<>(c.tags()).containsAll(c.suggestedTags())) {
            Button apply = new Button(getTranslation("inbox.applySuggestions"), e -> attempt(() -> {
                Set<String> both = new HashSet<>(c.tags());
                both.addAll(c.suggestedTags());
                feedback.tag(c.id(), both);
            }));
            apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            card.add(apply);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        if (c.status() == CaseStatus.NEW) {
            actions.add(button("inbox.contacted", "contacted", () -> ask("field.contactNote",
                    note -> feedback.contacted(c.id(), c.version(), note, CurrentUser.actor()))));
        }
        actions.add(button("inbox.resolve", "resolve", () -> ask("field.resolution",
                text -> feedback.resolve(c.id(), c.version(), text, CurrentUser.actor()))));
        ComboBox<Person> owner = new ComboBox<>();
        owner.setPlaceholder(getTranslation("inbox.reassign"));
        owner.setAriaLabel(getTranslation("inbox.reassign"));
        owner.setItems(people.active());
        owner.setItemLabelGenerator(Person::fullName);
        owner.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                attempt(() -> feedback.reassign(c.id(), c.version(), e.getValue().id(), CurrentUser.actor()));
            }
        });
        actions.add(owner);
        card.add(actions);
        return card;
    }

    private Button button(String key, String className, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addClassNames("touch-target", className);
        return button;
    }

    private void ask(String labelKey, Consumer<String> action) {
        TextDialog.ask(getTranslation(labelKey), getTranslation(labelKey), messages, action, this::refresh);
    }

    private void attempt(Runnable action) {
        Ui.attempt(messages, action, this::refresh);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
