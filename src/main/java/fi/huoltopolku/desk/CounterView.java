package fi.huoltopolku.desk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.checks.ui.BookingDialog;
import fi.huoltopolku.checks.ui.CheckInDialog;
import fi.huoltopolku.checks.ui.ChecklistPanel;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.matter.MatterService;
import fi.huoltopolku.matter.ui.MatterQueue;
import fi.huoltopolku.matter.ui.NewMatterDialog;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.ChangedVisit;
import fi.huoltopolku.visit.CounterOverview;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitBroadcaster;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.ui.CalendarView;
import fi.huoltopolku.visit.ui.LiveUpdates;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The service advisor's counter: overdue promises first, today's arrivals, cars in the house and
 * cars ready; one search box for plate, name or phone; new booking, check-in and handover.
 */
@Route("counter")
@RolesAllowed({"ADVISOR", "FOREMAN", "MANAGER"})
@Prototype
public class CounterView extends VerticalLayout implements HasDynamicTitle {

    private final VisitOverviewService overview;
    private final VisitService visits;
    private final ExtraWorkService extraWork;
    private final CustomerService customers;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final Messages messages;

    private final TextField search = new TextField();
    private final SearchResults matches;
    private final Div sections = new Div();
    private final CounterSection overdue;
    private final CounterSection handedToMe;
    /** Cars that reached the workshop with check-in items open (checked in over the API). */
    private final CounterSection checkInOpen;
    /** Extra work waiting for the customer's answer, the longest waiting first. */
    private final AwaitingAnswers awaiting;
    private final CounterSection arrivals;
    private final CounterSection inHouse;
    private final CounterSection ready;
    private final MatterService matters;
    private final ChecklistService checks;
    private final SurveyService surveys;
    private final MatterQueue queue;
    private final CheckInDialog checkIns;
    private final BookingDialog bookingDialog;
    /** The cards the counter shows, by visit id. */
    private final Map<Long, VisitCard> open = new HashMap<>();
    private Instant readAt = Instant.EPOCH;
    private static final Duration REREAD_AFTER = Duration.ofMinutes(1);

    public CounterView(VisitOverviewService overview, VisitService visits, CustomerService customers,
            PeopleService people, WorkshopClock clock, Messages messages, VisitBroadcaster broadcaster,
            MatterService matters, ChecklistService checks, SurveyService surveys, CheckInDialog checkIns,
            BookingDialog bookingDialog, ExtraWorkService extraWork) {
        this.extraWork = extraWork;
        this.bookingDialog = bookingDialog;
        this.checkIns = checkIns;
        this.surveys = surveys;
        this.checks = checks;
        this.matters = matters;
        this.queue = new MatterQueue(matters, people, messages, clock);
        this.overview = overview;
        this.visits = visits;
        this.customers = customers;
        this.people = people;
        this.clock = clock;
        this.messages = messages;
        addClassNames("counter-view");

        search.setPlaceholder(getTranslation("counter.searchHint"));
        search.setAriaLabel(getTranslation("counter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(200);
        search.setClearButtonVisible(true);
        search.setWidth("28em");
        search.setId("search");
        search.addValueChangeListener(e -> showMatches(e.getValue()));
        Button book = new Button(getTranslation("counter.newBooking"), VaadinIcon.PLUS.create(), e -> openBooking(null));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.setId("new-booking");
        Button calendar = new Button(getTranslation("nav.calendar"), VaadinIcon.CALENDAR.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(CalendarView.class)));
        calendar.setId("open-calendar");
        HorizontalLayout top = new HorizontalLayout(search, book, calendar);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        matches = new SearchResults(this::openBooking, m -> new NewMatterDialog(m, matters, people, messages,
                queue::refresh).open());

        overdue = new CounterSection("overdue", true, false, clock, null, null);
        handedToMe = new CounterSection("handed-to-me", true, false, clock, null, null);
        checkInOpen = new CounterSection("check-in-open", true, false, clock, getTranslation("checkIn.finish"),
                card -> getUI().ifPresent(ui -> ui.navigate(VisitView.class, card.id())));
        arrivals = new CounterSection("arrivals", false, true, clock, getTranslation("action.checkIn"), this::openCheckIn);
        inHouse = new CounterSection("in-house", false, false, clock, null, null);
        ready = new CounterSection("ready", false, false, clock, getTranslation("action.handOver"), this::handOver);
        sections.setWidthFull();
        awaiting = new AwaitingAnswers(clock);
        sections.add(overdue, checkInOpen, awaiting, handedToMe, arrivals, inHouse, ready);
        add(top, matches, queue, sections);
        refresh();
        LiveUpdates.keepFresh(this, broadcaster, clock, this::update);
    }

    private void showMatches(String text) {
        List<VehicleMatch> found = customers.search(text, 20);
        matches.show(found, !text.isBlank());
    }

    void refresh() {
        queue.refresh();
        open.clear();
        overview.openCards().forEach(card -> open.put(card.id(), card));
        readAt = clock.now();
        show(overview.counter(open.values(), advisorId()), true, true);
    }

    /**
     * A change elsewhere: the changed cars' cards (read once for every screen) replace theirs, and the
     * sections are sorted again from the cards at hand. Once a minute the counter is read again
     * instead, so promises turning late show without anyone's change.
     */
    void update(Collection<ChangedVisit> changes) {
        if (readAt.plus(REREAD_AFTER).isBefore(clock.now())) {
            refresh();
            return;
        }
        // Extra work and check-in items belong to cars in the house: only a change of such a car reads them again.
        boolean inTheHouse = false;
        for (ChangedVisit changed : changes) {
            VisitCard before = open.remove(changed.visitId());
            inTheHouse |= before != null && before.stage().inHouse()
                    || changed.card().filter(card -> card.stage().inHouse()).isPresent();
            changed.card().filter(card -> VisitOverviewService.COUNTER_STAGES.contains(card.stage()))
                    .ifPresent(card -> open.put(card.id(), card));
        }
        show(overview.counter(open.values(), advisorId()), false, inTheHouse);
    }

    /** This screen shows its own change at once; other screens get it through the broadcaster. */
    private void showNow(long visitId) {
        update(List.of(ChangedVisit.of(visitId, overview)));
    }

    private @Nullable Long advisorId() {
        return CurrentUser.get().map(p -> p.id()).orElse(null);
    }

    /** @param readInHouse whether to read again what the cars in the house wait for (check-in items, answers) */
    private void show(CounterOverview counter, boolean again, boolean readInHouse) {
        overdue.show("counter.overdue", counter.overdue(), again);
        handedToMe.show("counter.handedToMe", counter.handedToMe(), again);
        if (again || readInHouse) {
            List<VisitCard> checkedIn = counter.inHouse().stream().filter(c -> c.stage() == Stage.CHECKED_IN).toList();
            Set<Long> unfinished = checks.openMandatory(checkedIn.stream().map(VisitCard::id).toList(),
                    Stage.CHECKED_IN).keySet();
            checkInOpen.show("counter.checkInOpen", checkedIn.stream().filter(c -> unfinished.contains(c.id())).toList(),
                    again);
            awaiting.show(extraWork.awaitingAnswer(), open, again);
        }
        arrivals.show(counter.arrivalsDay().equals(clock.today()) ? "counter.arrivals" : "counter.arrivalsTomorrow",
                counter.arrivals(), again);
        inHouse.show("counter.inHouse", counter.inHouse(), again);
        ready.show("counter.ready", counter.ready(), again);
    }

    private void openBooking(@Nullable VehicleMatch returning) {
        bookingDialog.open(returning, id -> refresh());
    }

    private void openCheckIn(VisitCard card) {
        checkIns.open(card, this::showNow, this::refresh);
    }

    /** Handover with the customer: the Ready stage's checklist, then the car leaves. */
    private void handOver(VisitCard card) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("action.handOver") + ": " + card.plate() + " · " + card.customerName());
        dialog.setWidth("min(52rem, 96vw)");
        dialog.add(new ChecklistPanel(checks, messages, clock, card.id(), Source.PROCESS,
                () -> checks.checklist(card.id(), Stage.READY)));
        RadioButtonGroup<Integer> estimate = new RadioButtonGroup<>(getTranslation("counter.estimate"));
        estimate.setItems(1, 2, 3, 4, 5);
        estimate.setHelperText(getTranslation("counter.estimateHelp"));
        estimate.setId("staff-estimate");
        dialog.add(estimate);
        Button confirm = new Button(getTranslation("action.handOver"), e -> {
            try {
                visits.move(card.id(), overview.card(card.id()).version(), Stage.FOLLOW_UP, null, CurrentUser.actor());
                if (estimate.getValue() != null) {
                    surveys.estimate(card.id(), estimate.getValue(), CurrentUser.actor());
                }
                dialog.close();
                showNow(card.id());
                Ui.saved("counter.handedOver", card.plate());
                getUI().ifPresent(ui -> ui.getPage().open("handover-sheet/" + card.id(), "_blank"));
            } catch (Problem problem) {
                Ui.show(problem, messages);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("handover-confirm");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.counter");
    }
}
