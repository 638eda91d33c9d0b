package fi.huoltopolku.checks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.BookingService;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.BookingCalendar;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitRules;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The new booking at the counter: the form with the booked day's capacity in sight, and a booking
 * that would plan its day past the capacity only after the advisor confirms it, told the hours.
 */
@Singleton
public class BookingDialog {

    private final BookingService bookings;
    private final BookingCalendar calendar;
    private final VisitRules rules;
    private final ChecklistService checks;
    private final PeopleService people;
    private final VisitOverviewService overview;
    private final WorkshopClock clock;
    private final Messages messages;

    BookingDialog(BookingService bookings, BookingCalendar calendar, VisitRules rules, ChecklistService checks,
            PeopleService people, VisitOverviewService overview, WorkshopClock clock, Messages messages) {
        this.bookings = bookings;
        this.calendar = calendar;
        this.rules = rules;
        this.checks = checks;
        this.people = people;
        this.overview = overview;
        this.clock = clock;
        this.messages = messages;
    }

    /** Opens the form (a returning customer's details filled in); {@code booked} hears the new visit. */
    public void open(@Nullable VehicleMatch returning, LongConsumer booked) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Ui.text("counter.newBooking"));
        dialog.setWidth("min(56rem, 95vw)");
        BookingForm form = new BookingForm(people.withRole(Role.ADVISOR),
                CurrentUser.get().filter(p -> p.role() == Role.ADVISOR).orElse(null), clock, rules,
                checks.questions(Stage.BOOKED).stream().map(q -> Map.entry(q.getKey(), q.getValue().in(Ui.locale())))
                        .toList(),
                day -> calendar.days(day, 1, null).get(0));
        if (returning != null) {
            form.fill(returning);
            overview.declinedWork(returning.vehicleId()).forEach(line -> Ui.saved("counter.declinedBefore",
                    line.what().in(Ui.locale())));
        }
        form.addSaveListener(e -> book(form, false, dialog, booked));
        form.addCloseListener(e -> dialog.close());
        dialog.add(form);
        dialog.open();
    }

    private void book(BookingForm form, boolean allowOverbooking, Dialog dialog, LongConsumer booked) {
        try {
            long id = bookings.book(form.booking(), form.answers(), allowOverbooking, CurrentUser.actor());
            dialog.close();
            Ui.saved("counter.booked", overview.card(id).plate());
            booked.accept(id);
        } catch (Problem problem) {
            if ("booking.overbooked".equals(problem.key()) && !allowOverbooking) {
                confirmOverbooking(problem, () -> book(form, true, dialog, booked));
                return;
            }
            form.markInvalid(problem, messages);
            Ui.show(problem, messages);
        }
    }

    /** Asks before booking the day past its capacity, naming the hours booked and the capacity. */
    private void confirmOverbooking(Problem problem, Runnable bookAnyway) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(Ui.text("booking.overbookTitle"));
        Paragraph text = new Paragraph(messages.text(problem, Ui.locale()));
        text.setId("overbook-text");
        confirm.add(text);
        Button yes = new Button(Ui.text("booking.overbookAnyway"), e -> {
            confirm.close();
            bookAnyway.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        yes.setId("overbook-confirm");
        Button no = new Button(Ui.text("booking.overbookBack"), e -> confirm.close());
        no.setId("overbook-back");
        confirm.getFooter().add(no, yes);
        confirm.open();
    }
}
