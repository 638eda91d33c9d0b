package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Small helpers the views share: times in the workshop's zone, badges, and showing problems. */
public final class Ui {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d.M. HH:mm");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm");

    private Ui() {
    }

    /** "14:30" today, "3.12. 14:30" on another day, in the workshop's zone. */
    public static String time(Instant at, WorkshopClock clock) {
        ZonedDateTime local = at.atZone(clock.zone());
        return local.toLocalDate().equals(clock.today()) ? TIME.format(local) : DAY_TIME.format(local);
    }

    public static String fullTime(Instant at, ZoneId zone) {
        return FULL.format(at.atZone(zone));
    }

    /** "Mar 2026", "maalis 2026": a month in the reader's language. */
    public static String monthYear(LocalDate month) {
        return DateTimeFormatter.ofPattern("LLL yyyy", locale()).format(month);
    }

    public static Span badge(String text, String... variants) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        for (String variant : variants) {
            badge.getElement().getThemeList().add(variant);
        }
        return badge;
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    public static String tr(Enum<?> value) {
        return text(Messages.enumKey(value));
    }

    public static String text(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, args);
    }

    /** Shows a refused request in the user's language; the form stays as it was. */
    public static void show(Problem problem, Messages messages) {
        Notification n = Notification.show(messages.text(problem, locale()), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * Marks every field a refusal names, each with its own reason, and clears the others; nothing
     * typed is lost. Whether every problem had its field here (if not, show the problem too).
     */
    public static boolean markInvalid(Map<String, ? extends HasValidation> fields,
            Problem problem, Messages messages) {
        fields.values().forEach(f -> f.setInvalid(false));
        boolean all = true;
        for (Problem each : problem.problems()) {
            var field = each.field() == null ? null : fields.get(each.field());
            if (field == null) {
                all = false;
            } else if (!field.isInvalid()) {
                field.setErrorMessage(messages.reason(each, locale()));
                field.setInvalid(true);
            }
        }
        return all;
    }

    /** Runs a change; a refusal is shown in the user's language; either way the screen refreshes. */
    public static void attempt(Messages messages, Runnable action, Runnable refresh) {
        try {
            action.run();
        } catch (Problem problem) {
            show(problem, messages);
        }
        refresh.run();
    }

    public static void saved(String key, Object... args) {
        Notification n = Notification.show(text(key, args), 2500, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static <T extends Component> T withClass(T component, String... classNames) {
        component.addClassNames(classNames);
        return component;
    }
}
