package fi.huoltopolku.checks.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fi.huoltopolku.base.Amounts;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.AmountField;
import fi.huoltopolku.base.ui.DateTexts;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.BookingCalendar;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.VisitRules;
import fi.huoltopolku.visit.VisitType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The booking form. It calls no service: it fires {@link SaveEvent} with the booking and the
 * view decides what saving means. A returning customer's details are filled in from a search hit.
 */
public class BookingForm extends FormLayout {

    public final TextField plate = new TextField();
    public final TextField make = new TextField();
    public final TextField model = new TextField();
    final IntegerField year = new IntegerField();
    public final TextField name = new TextField();
    public final TextField phone = new TextField();
    final EmailField email = new EmailField();
    public final TextArea requestedWork = new TextArea();
    final Select<VisitType> type = new Select<>();
    public final DateTimePicker bookedAt = new DateTimePicker();
    final DateTimePicker promisedAt = new DateTimePicker();
    final ComboBox<Person> advisor = new ComboBox<>();
    final CheckboxGroup<Flag> flags = new CheckboxGroup<>();
    public final AmountField plannedHours;
    /** The booked day's capacity, booked hours and what is left, updated as the time or hours change. */
    final Paragraph dayCapacity = new Paragraph();
    private final ZoneId zone;
    private final VisitRules rules;
    private final Function<LocalDate, BookingCalendar.Day> days;
    /** The promise the form last gave; once the advisor types another, it no longer follows. */
    private @Nullable LocalDateTime givenPromise;
    private final Map<String, Checkbox> ticks = new LinkedHashMap<>();

    /**
     * @param questions the booking stage's check items, as (code, question) pairs: asked here with the
     *                  customer, each recorded with the booking (ticked yes, else no)
     */
    BookingForm(List<Person> advisors, @Nullable Person me, WorkshopClock clock,
            VisitRules rules, List<Map.Entry<String, String>> questions,
            Function<LocalDate, BookingCalendar.Day> days) {
        ZoneId zone = clock.zone();
        this.zone = zone;
        this.rules = rules;
        this.days = days;
        label(plate, "field.vehicle.plate");
        label(make, "field.vehicle.make");
        label(model, "field.vehicle.model");
        label(year, "field.vehicle.year");
        label(name, "field.customer.name");
        label(phone, "field.customer.phone");
        label(email, "field.customer.email");
        label(requestedWork, "field.requestedWork");
        type.setLabel(getTranslation("field.visitType"));
        type.setItems(VisitType.values());
        type.setItemLabelGenerator(t -> getTranslation(Messages.enumKey(t)));
        type.setValue(VisitType.SERVICE);
        type.setId("booking-type");
        DateTexts.localized(bookedAt);
        DateTexts.localized(promisedAt);
        label(bookedAt, "field.bookedAt");
        label(promisedAt, "field.promisedAt");
        label(advisor, "field.advisor");
        // Typed like a price ("1,5" or "1.5" in either language), never guessed.
        plannedHours = new AmountField(getTranslation("booking.plannedHours"), Amounts.Unit.HOURS)
                .withId("booking-planned-hours");
        plannedHours.setAmount(BigDecimal.valueOf(Booking.DEFAULT_PLANNED_MINUTES, 0)
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP));
        flags.setLabel(getTranslation("booking.flags"));
        plate.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        make.setRequiredIndicatorVisible(true);
        model.setRequiredIndicatorVisible(true);
        requestedWork.setRequiredIndicatorVisible(true);
        requestedWork.setHelperText(getTranslation("booking.ownWords"));
        requestedWork.setMaxLength(2000);
        bookedAt.setRequiredIndicatorVisible(true);
        promisedAt.setRequiredIndicatorVisible(true);
        advisor.setItems(advisors);
        advisor.setItemLabelGenerator(Person::fullName);
        advisor.setValue(me);
        flags.setItems(Flag.values());
        flags.setItemLabelGenerator(Ui::tr);
        // The next full hour while the workshop is open, else its next opening: a booking starts in opening hours.
        bookedAt.setValue(LocalDateTime.ofInstant(rules.defaultBookedAt(), zone));
        dayCapacity.setId("booking-day-capacity");
        dayCapacity.addClassNames("text-s", "m-0");
        follow();
        // The promise follows the booked time and hours (within opening hours) until the advisor types one.
        bookedAt.addValueChangeListener(e -> follow());
        plannedHours.field().addValueChangeListener(e -> follow());

        Button save = new Button(getTranslation("booking.save"), e -> {
            if (plannedHours.isValidAmount()) {
                fireEvent(new SaveEvent(this, booking()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("booking-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> fireEvent(new CloseEvent(this)));
        H3 car = new H3(getTranslation("booking.car"));
        H3 customer = new H3(getTranslation("booking.customer"));
        H3 visit = new H3(getTranslation("booking.visit"));
        VerticalLayout asked = new VerticalLayout();
        asked.setPadding(false);
        asked.setSpacing(false);
        asked.setId("booking-checks");
        asked.add(new Span(getTranslation("booking.checks")));
        for (var question : questions) {
            Checkbox tick = new Checkbox(question.getValue());
            tick.setId("booking-" + question.getKey());
            ticks.put(question.getKey(), tick);
            asked.add(tick);
        }
        add(car, plate, make, model, year, customer, name, phone, email, visit, requestedWork, type, bookedAt, promisedAt,
                advisor, plannedHours, dayCapacity, flags, asked, new HorizontalLayout(save, cancel));
        for (var full : List.of(car, customer, visit, requestedWork, dayCapacity, flags, asked)) {
            setColspan(full, 2);
        }
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
    }

    /** The default promise and the booked day's capacity, for the booked time and hours as they are now. */
    private void follow() {
        LocalDateTime when = bookedAt.getValue();
        if (when == null) {
            dayCapacity.setText("");
            return;
        }
        Instant at = when.atZone(zone).toInstant();
        Integer typed = plannedHours.isValidAmount() ? minutes(plannedHours.amount()) : null;
        int planned = typed == null ? Booking.DEFAULT_PLANNED_MINUTES : typed;
        LocalDateTime promise = promisedAt.getValue();
        if (promise == null || promise.equals(givenPromise) || !promise.isAfter(when)) {
            givenPromise = LocalDateTime.ofInstant(rules.defaultPromise(at, planned), zone);
            promisedAt.setValue(givenPromise);
        }
        BookingCalendar.Day day = days.apply(when.toLocalDate());
        String date = when.toLocalDate().format(DateTimeFormatter.ofPattern("d.M.yyyy"));
        dayCapacity.setText(day.open() ? getTranslation("booking.dayCapacity", date,
                VisitRules.hours(day.capacityMinutes()),
                VisitRules.hours(day.plannedMinutes()),
                VisitRules.hours(day.leftMinutes()))
                : getTranslation("booking.dayClosed", date));
        dayCapacity.getElement().getClassList().set("promise-red", day.open() && day.leftMinutes() < planned
                || !day.open());
    }

    /** Fills in a returning customer and car from a search hit. */
    void fill(VehicleMatch match) {
        plate.setValue(match.plate());
        make.setValue(match.make());
        model.setValue(match.model());
        year.setValue(match.modelYear());
        name.setValue(match.customerName());
        phone.setValue(Phones.shown(match.phone()));
        email.setValue(match.email() == null ? "" : match.email());
    }

    /** Marks every field the problem names, each with its reason, so the advisor sees all at once; nothing typed is lost. */
    boolean markInvalid(Problem problem, Messages messages) {
        return Ui.markInvalid(Map.ofEntries(
                Map.entry("vehicle.plate", plate), Map.entry("vehicle.make", make), Map.entry("vehicle.model", model),
                Map.entry("vehicle.year", year), Map.entry("customer.name", name), Map.entry("customer.phone", phone),
                Map.entry("customer.email", email), Map.entry("requestedWork", requestedWork),
                Map.entry("bookedAt", bookedAt), Map.entry("promisedAt", promisedAt), Map.entry("advisor", advisor),
                Map.entry("plannedMinutes", plannedHours.field())),
                problem, messages);
    }

    /** The booking checks as asked: each item yes when ticked, no when not. */
    Map<String, Answer> answers() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        ticks.forEach((code, tick) -> answers.put(code,
                tick.getValue() ? Answer.YES : Answer.NO));
        return answers;
    }

    Booking booking() {
        return new Booking(new CustomerDetails(name.getValue(), phone.getValue(), email.getValue(), plate.getValue(),
                null, make.getValue(), model.getValue(), year.getValue()), requestedWork.getValue(),
                bookedAt.getValue() == null ? null : bookedAt.getValue().atZone(zone).toInstant(),
                promisedAt.getValue() == null ? null : promisedAt.getValue().atZone(zone).toInstant(),
                advisor.getValue() == null ? null : advisor.getValue().id(),
                flags.getValue().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags.getValue()),
                type.getValue(), minutes(plannedHours.amount()));
    }

    private static @Nullable Integer minutes(java.math.@Nullable BigDecimal hours) {
        return hours == null ? null : hours.multiply(BigDecimal.valueOf(60))
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private void label(HasLabel field, String key) {
        field.setLabel(getTranslation(key));
    }

    static final class SaveEvent extends ComponentEvent<BookingForm> {
        private final Booking booking;

        SaveEvent(BookingForm source, Booking booking) {
            super(source, false);
            this.booking = booking;
        }

        Booking booking() {
            return booking;
        }
    }

    static final class CloseEvent extends ComponentEvent<BookingForm> {
        CloseEvent(BookingForm source) {
            super(source, false);
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
