package fi.huoltopolku.quality.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Days;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.DateTexts;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.quality.ActionStatus;
import fi.huoltopolku.quality.BeforeAfter;
import fi.huoltopolku.quality.ImprovementAction;
import fi.huoltopolku.quality.ImprovementService;
import fi.huoltopolku.quality.PracticeSession;
import fi.huoltopolku.quality.stats.Change;
import fi.huoltopolku.quality.stats.Proportion;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.theme.Theme;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Improvement actions: what will change in a theme, who owns it, practice sessions held, status,
 * and the theme's figures before and after the start.
 */
@Route("improvements")
@RolesAllowed({"MANAGER", "FOREMAN"})
@Prototype
public class ImprovementsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {


    private final ImprovementService improvements;
    private final ThemeService themes;
    private final PeopleService people;
    private final Messages messages;
    private final WorkshopClock clock;
    private final Div list = new Div();

    public ImprovementsView(ImprovementService improvements, ThemeService themes, PeopleService people,
            Messages messages, WorkshopClock clock) {
        this.improvements = improvements;
        this.themes = themes;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
        setMaxWidth("64rem");
        Button start = new Button(getTranslation("improvements.start"), e -> openStart(null));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setId("start-action");
        list.setId("actions");
        add(new H2(getTranslation("improvements.title")), new Paragraph(getTranslation("improvements.help")), start,
                list);
        refresh();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String themeCode) {
        if (themeCode != null && !themeCode.isBlank()) {
            // The theme only preselects the dialog: the address goes back to the list, so a reload or
            // a language switch does not open the dialog again (and start a second action).
            event.getUI().getPage().getHistory().replaceState(null, "improvements");
            openStart(themeCode);
        }
    }

    private void refresh() {
        list.removeAll();
        Map<Long, Theme> byId = themes.byId();
        Map<Long, Person> staff = people.peopleById();
        for (ImprovementAction action : improvements.all()) {
            Div card = new Div();
            card.addClassNames("visit-tile", "improvement-action");
            card.add(new H3(byId.get(action.themeId()).name(getLocale()) + " · " + Ui.tr(action.status())),
                    new Paragraph(action.whatChanges()),
                    Ui.withClass(new Paragraph(getTranslation("improvements.ownerStart",
                            staff.get(action.ownerId()).fullName(), Days.shown(action.startDate()))), "text-s", "m-0"));
            for (PracticeSession session : improvements.sessions(action.id())) {
                card.add(Ui.withClass(new Paragraph(getTranslation("improvements.session", Days.shown(session.heldOn()),
                        session.attendees()) + (session.note() == null ? "" : " · " + session.note())), "text-s", "m-0"));
            }
            BeforeAfter figures = improvements.beforeAfter(action.id());
            card.add(Ui.withClass(new Paragraph(getTranslation("improvements.windows", figures.windowDays())),
                    "text-s", "text-secondary", "m-0"));
            card.add(didItWork("improvements.side.checks", figures.objective(), figures.windowDays()),
                    didItWork("improvements.side.customers", figures.subjective(), figures.windowDays()));
            HorizontalLayout buttons = new HorizontalLayout();
            Button session = new Button(getTranslation("improvements.addSession"), e -> openSession(action));
            session.addClassName("add-session");
            buttons.add(session);
            if (action.status() != ActionStatus.DONE) {
                Button advance = new Button(getTranslation("improvements.advance"), e -> attempt(() ->
                        improvements.advance(action.id(), action.version())));
                advance.addClassName("advance");
                buttons.add(advance);
            }
            card.add(buttons);
            list.add(card);
        }
    }

    private void openStart(@Nullable String themeCode) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("improvements.start"));
        Select<Theme> theme = new Select<>();
        theme.setLabel(getTranslation("field.theme"));
        theme.setItems(themes.active());
        theme.setItemLabelGenerator(t -> t.name(getLocale()));
        themes.active().stream().filter(t -> t.code().equals(themeCode)).findFirst().ifPresent(theme::setValue);
        TextArea what = new TextArea(getTranslation("field.whatChanges"));
        what.setWidthFull();
        what.setMaxLength(2000);
        what.setId("action-what");
        ComboBox<Person> owner = new ComboBox<>(getTranslation("field.owner"));
        owner.setItems(people.active());
        owner.setItemLabelGenerator(Person::fullName);
        CurrentUser.get().ifPresent(owner::setValue);
        DatePicker start = DateTexts.localized(new DatePicker(getTranslation("field.startDate"), clock.today()));
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                improvements.start(theme.getValue() == null ? null : theme.getValue().code(), what.getValue(),
                        owner.getValue() == null ? null : owner.getValue().id(), start.getValue(), CurrentUser.actor());
                dialog.close();
                refresh();
            } catch (Problem problem) {
                Ui.markInvalid(Map.of("theme", theme, "whatChanges", what, "owner", owner, "startDate", start), problem,
                        messages);
                Ui.show(problem, messages);
                e.getSource().setEnabled(true);
            }
        });
        // One tap, one action: a second tap while the first is saved does not start a duplicate.
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("action-save");
        VerticalLayout form = new VerticalLayout(theme, what, owner, start);
        form.setMinWidth("28rem");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openSession(ImprovementAction action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("improvements.addSession"));
        DatePicker held = DateTexts.localized(new DatePicker(getTranslation("field.heldOn"), clock.today()));
        TextField attendees = new TextField(getTranslation("field.attendees"));
        attendees.setWidthFull();
        attendees.setId("session-attendees");
        TextField note = new TextField(getTranslation("field.note"));
        note.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                improvements.practised(action.id(), held.getValue(), attendees.getValue(), note.getValue());
                dialog.close();
                refresh();
            } catch (Problem problem) {
                Ui.show(problem, messages);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("session-save");
        dialog.add(new VerticalLayout(held, attendees, note));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void attempt(Runnable action) {
        Ui.attempt(messages, action, this::refresh);
    }

    /**
     * One side of "did it work?" in a sentence: before → after with n, the difference and its 95 %
     * interval, and the verdict; while it is open, what more it needs.
     */
    private Paragraph didItWork(String side, Change change, int windowDays) {
        String verdict = Ui.tr(change.verdict());
        String text;
        if (change.verdict() == Change.Verdict.TOO_FEW_ANSWERS) {
            text = getTranslation("improvements.tooFew", getTranslation(side), rate(change.before()),
                    change.before().n(), change.after().n(), change.after().n() + (change.moreAnswers() == null ? 0
                            : change.moreAnswers()), verdict);
        } else {
            text = getTranslation("improvements.change", getTranslation(side), rate(change.before()), rate(change.after()),
                    change.before().n(), change.after().n(), points(change.points()), points(change.low()),
                    points(change.high()), verdict, Math.abs(Math.round(change.points())));
            if (change.verdict() == Change.Verdict.NO_MEASURABLE_CHANGE_YET) {
                text += " " + whatWouldShowIt(change, windowDays);
            }
        }
        Paragraph line = Ui.withClass(new Paragraph(text), "before-after", "m-0");
        line.getElement().setAttribute("data-verdict", change.verdict().name());
        return line;
    }

    /**
     * While a difference is within chance, what would show it: more answers after the start, or,
     * when even {@code MORE_AT_MOST} more would not, as many answers on each side of the start,
     * with the window that takes at the pace before the start.
     */
    private String whatWouldShowIt(Change change, int windowDays) {
        if (change.moreAnswers() != null) {
            return getTranslation("improvements.moreAnswers", about(change.moreAnswers()));
        }
        if (change.answersEachSide() == null) {
            return getTranslation("improvements.noDifference");
        }
        long days = (long) Math.ceil((double) change.answersEachSide() * windowDays / change.before().n());
        if (days > PRACTICAL_WINDOW_DAYS) {
            // Hundreds of years of answers is no advice: say that no window a workshop can wait for would show it.
            return getTranslation("improvements.tooSmallToShow", PRACTICAL_WINDOW_DAYS);
        }
        return getTranslation("improvements.tooSmall", about(change.answersEachSide()), change.before().n(), windowDays,
                about(days));
    }

    /** The longest window on each side of the start worth naming as what would show a difference: a year. */
    static final int PRACTICAL_WINDOW_DAYS = 365;

    /** "About" a count: exact up to 20, then to the next five. */
    static long about(long count) {
        return count <= 20 ? count : (count + 4) / 5 * 5;
    }

    private static String rate(Proportion p) {
        return p.n() == 0 ? "–" : Math.round(100 * p.rate()) + " %";
    }

    static String points(@Nullable Double value) {
        if (value == null) {
            return "–";
        }
        long rounded = Math.round(value);
        // A difference that rounds to nothing is 0, not "−0" or "+0".
        return rounded == 0 ? "0" : String.format(Locale.ROOT, "%+d", rounded).replace("-", "−");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("improvements.title");
    }
}
