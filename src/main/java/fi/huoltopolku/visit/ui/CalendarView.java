package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.DateTexts;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.BookingCalendar;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitBroadcaster;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitRules;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The advisors' booking calendar: a day or a week of bookings (all advisors', or one's), each day
 * with the workshop's capacity, what the bookings plan and what is left; a booking moved to another
 * time, cancelled or marked as not come, each with a reason on its timeline.
 */
@Route("calendar")
@RolesAllowed({"ADVISOR", "FOREMAN", "MANAGER"})
@Prototype
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final BookingCalendar calendar;
    private final PeopleService people;
    private final VisitService visits;
    private final WorkshopClock clock;
    private final Messages messages;
    private final VisitRules rules;
    private final RadioButtonGroup<Integer> span = new RadioButtonGroup<>();
    private final ComboBox<Person> advisor = new ComboBox<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final H2 title = new H2();
    private final Div days = new Div();
    private LocalDate first;

    public CalendarView(BookingCalendar calendar, VisitService visits, PeopleService people, WorkshopClock clock,
            Messages messages, VisitBroadcaster broadcaster, VisitRules rules) {
        this.rules = rules;
        this.calendar = calendar;
        this.people = people;
        this.visits = visits;
        this.clock = clock;
        this.messages = messages;
        addClassNames("calendar-view");
        first = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        span.setItems(1, 7);
        span.setItemLabelGenerator(n -> getTranslation(n == 1 ? "calendar.day" : "calendar.week"));
        span.setValue(7);
        span.setId("calendar-span");
        span.addValueChangeListener(e -> {
            first = e.getValue() == 1 ? clock.today() : first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            refresh();
        });
        advisor.setPlaceholder(getTranslation("calendar.allAdvisors"));
        advisor.setAriaLabel(getTranslation("field.advisor"));
        advisor.setItems(people.withRole(Role.ADVISOR));
        advisor.setItemLabelGenerator(Person::fullName);
        advisor.setClearButtonVisible(true);
        advisor.setId("calendar-advisor");
        // Wide enough for "Kaikki huoltoneuvojat" / "All advisors" whole.
        advisor.setWidth("15em");
        advisor.addValueChangeListener(e -> refresh());
        department.setPlaceholder(getTranslation("calendar.allDepartments"));
        department.setAriaLabel(getTranslation("calendar.department"));
        department.setItems(people.departments());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setClearButtonVisible(true);
        department.setId("calendar-department");
        department.setWidth("15em");
        department.addValueChangeListener(e -> refresh());
        Button back = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> step(-1));
        back.setAriaLabel(getTranslation("calendar.previous"));
        back.setId("calendar-previous");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> step(1));
        next.setAriaLabel(getTranslation("calendar.next"));
        next.setId("calendar-next");
        Button today = new Button(getTranslation("calendar.today"), e -> {
            first = span.getValue() == 1 ? clock.today()
                    : clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            refresh();
        });
        HorizontalLayout bar = new HorizontalLayout(back, today, next, span, advisor, department);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        days.addClassNames("calendar-days");
        days.getStyle().set("display", "grid").set("gap", "0.5rem").set("width", "100%");
        add(title, bar, days);
        refresh();
        LiveUpdates.keepFresh(this, broadcaster, clock, changes -> refresh());
    }

    private void step(int direction) {
        first = first.plusDays((long) direction * span.getValue());
        refresh();
    }

    void refresh() {
        int count = span.getValue();
        days.removeAll();
        // A week's seven days side by side within the screen (1024 wide included); closed days narrower.
        days.getStyle().set("grid-template-columns", count == 1 ? "1fr"
                : IntStream.range(0, count).mapToObj(i -> clock.isOpen(first.plusDays(i))
                        ? "minmax(0, 1fr)" : "minmax(0, 0.6fr)").collect(Collectors.joining(" ")));
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d.M.yyyy");
        title.setText(getTranslation("calendar.title") + ": " + date.format(first)
                + (count == 1 ? "" : " – " + date.format(first.plusDays(count - 1))));
        for (BookingCalendar.Day day : calendar.days(first, count, advisor.getValue() == null ? null
                : advisor.getValue().id(), department.getValue() == null ? null : department.getValue().id())) {
            days.add(day(day));
        }
    }

    private Div day(BookingCalendar.Day day) {
        Div column = new Div();
        column.addClassNames("calendar-day");
        column.getElement().setAttribute("data-date", day.date().toString());
        column.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("min-width", "0");
        String weekday = day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale());
        column.add(Ui.withClass(new H3(weekday + " " + day.date().getDayOfMonth() + "." + day.date().getMonthValue() + "."),
                "m-0", "text-m"));
        Paragraph capacity = new Paragraph(day.open() ? getTranslation("calendar.capacity", hours(day.capacityMinutes()),
                hours(day.plannedMinutes()), hours(day.leftMinutes())) : getTranslation("calendar.closed"));
        capacity.addClassNames("text-s", "m-0", "calendar-capacity");
        if (day.leftMinutes() < 0) {
            capacity.addClassName("promise-red");
        }
        column.add(capacity);
        if (day.open()) {
            for (BookingCalendar.Away away : day.away()) {
                Button back = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                    calendar.clearAway(away.personId(), day.date());
                    refresh();
                });
                back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
                back.setAriaLabel(getTranslation("calendar.atWorkAfterAll", away.name()));
                column.add(Ui.withClass(new Paragraph(new Span(
                        getTranslation("calendar.away", away.name(), away.reason()) + " "), back),
                        "text-s", "m-0", "calendar-away"));
            }
            column.add(small("calendar.markAway", "calendar-mark-away", () -> openAway(day.date())));
        }
        for (BookingCalendar.Entry entry : day.bookings()) {
            column.add(entry(entry));
        }
        return column;
    }

    private Div entry(BookingCalendar.Entry entry) {
        VisitCard card = entry.card();
        Div box = new Div();
        box.addClassNames("calendar-booking", "text-s");
        box.getElement().setAttribute("data-plate", card.plate());
        box.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding", "var(--lumo-space-xs) 0");
        String when = DateTimeFormatter.ofPattern("HH:mm").format(card.bookedAt().atZone(clock.zone()));
        Anchor plate = new Anchor("visit/" + card.id(),
                card.plate());
        box.add(new Paragraph(new Span(when + " "), plate,
                new Span(" · " + card.requestedWork() + " · " + hours(entry.plannedMinutes())
                        + (card.advisorName() == null ? "" : " · " + card.advisorName()))));
        if (entry.calledOff() != null) {
            box.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-secondary-text-color)");
            box.add(Ui.badge(Ui.tr(entry.calledOff()), "contrast", "small"));
        } else if (card.stage() == Stage.BOOKED) {
            box.add(small("calendar.move", "calendar-move", () -> openMove(card)));
            // "Did not come" once the booked time has passed, not before.
            if (rules.noShowDue(card.bookedAt())) {
                box.add(small("calendar.noShow", "calendar-no-show", () -> openCancel(card, true)));
            }
            box.add(small("calendar.cancel", "calendar-cancel", () -> openCancel(card, false)));
        } else {
            box.add(Ui.badge(Ui.tr(card.stage()), "small"));
        }
        return box;
    }

    private Button small(String key, String className, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClassName(className);
        return button;
    }

    private void openMove(VisitCard card) {
        DateTimePicker when = DateTexts.localized(new DateTimePicker(getTranslation("calendar.newTime")));
        when.setValue(LocalDateTime.ofInstant(card.bookedAt(), clock.zone()));
        when.setId("calendar-new-time");
        TextField reason = reason();
        dialog(getTranslation("calendar.move") + ": " + card.plate(), Map.of("bookedAt", when, "reason", reason),
                () -> visits.reschedule(card.id(), card.version(), when.getValue() == null ? null
                        : when.getValue().atZone(clock.zone()).toInstant(), reason.getValue(), CurrentUser.actor()),
                when, reason);
    }

    private void openCancel(VisitCard card, boolean noShow) {
        TextField reason = reason();
        dialog(getTranslation(noShow ? "calendar.noShow" : "calendar.cancel") + ": " + card.plate(),
                Map.of("reason", reason), () -> visits.cancelBooking(card.id(), card.version(), noShow,
                        reason.getValue(), CurrentUser.actor()), reason);
    }

    private void openAway(LocalDate day) {
        ComboBox<Person> technician = new ComboBox<>(getTranslation("field.technician"));
        technician.setItems(people.withRole(Role.TECHNICIAN));
        technician.setItemLabelGenerator(Person::fullName);
        technician.setId("calendar-away-technician");
        TextField reason = reason();
        dialog(getTranslation("calendar.markAway") + ": " + day.getDayOfMonth() + "." + day.getMonthValue() + ".",
                Map.of("person", technician, "reason", reason), () -> calendar.markAway(
                        technician.getValue() == null ? -1 : technician.getValue().id(), day, reason.getValue(),
                        CurrentUser.actor()), technician, reason);
    }

    private TextField reason() {
        TextField reason = new TextField(getTranslation("field.reason"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setId("calendar-reason");
        return reason;
    }

    private void dialog(String header, Map<String, ? extends HasValidation> fields,
            Runnable save, Component... content) {
        Dialog dialog = new Dialog(content);
        dialog.setHeaderTitle(header);
        dialog.setWidth("min(30rem, 96vw)");
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                save.run();
                dialog.close();
                Ui.saved("calendar.saved");
                refresh();
            } catch (Problem problem) {
                if (!Ui.markInvalid(fields, problem, messages)) {
                    Ui.show(problem, messages);
                }
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("calendar-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private String hours(int minutes) {
        return getTranslation("calendar.hours", String.format(getLocale(), "%.1f", minutes / 60.0));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
