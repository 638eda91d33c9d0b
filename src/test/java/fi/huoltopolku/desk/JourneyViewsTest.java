package fi.huoltopolku.desk;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import elemental.json.Json;
import elemental.json.JsonObject;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.ui.BookingForm;
import fi.huoltopolku.checks.ui.CheckInForm;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.ContactChannel;
import fi.huoltopolku.visit.CustomerContacts;
import fi.huoltopolku.visit.Direction;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.WorkStatus;
import fi.huoltopolku.visit.ui.VisitTile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class JourneyViewsTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject CustomerContacts contacts;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject InvitationService invitations;

    private static List<String> plates(Grid<VisitCard> grid) {
        return IntStream.range(0, GridKt._size(grid))
                .mapToObj(i -> GridKt._get(grid, i).plate()).toList();
    }

    @Test
    void a_ready_car_offers_the_advisor_no_start_work_its_work_is_done() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long ready = Journeys.upTo(Stage.READY, visits, checks, advisor, technician);
        long inWork = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, technician);
        actAs(advisor);

        UI.getCurrent().navigate(VisitView.class, ready);
        assertThat(_find(Button.class, spec -> spec.withText("Start work"))).isEmpty();
        UI.getCurrent().navigate(VisitView.class, inWork);
        assertThat(_find(Button.class, spec -> spec.withText("Start work"))).hasSize(1);
    }

    @Test
    void an_advisor_books_a_new_customer_at_the_counter_and_sees_the_car_among_todays_arrivals() {
        Person advisor = Staff.advisor(people);
        actAs(advisor);
        String plate = Staff.plate();
        UI.getCurrent().navigate(CounterView.class);

        _click(_get(Button.class, spec -> spec.withId("new-booking")));
        BookingForm form = _get(BookingForm.class);
        _setValue(form.plate, plate);
        _setValue(form.make, "Skoda");
        _setValue(form.model, "Fabia");
        _setValue(form.name, "Veikko Uusi");
        _setValue(form.phone, "040 765 4321");
        _setValue(form.requestedWork, "Check engine light is on");
        // The booking checks are asked here: ticked yes, the others no.
        _setValue(_get(Checkbox.class, spec -> spec.withId("booking-BOOK_CONTACT")),
                true);
        _click(_get(Button.class, spec -> spec.withId("booking-save")));

        @SuppressWarnings("unchecked")
        Grid<VisitCard> arrivals = _get(Grid.class, spec -> spec.withId("arrivals"));
        assertThat(plates(arrivals)).contains(plate);
        long id = IntStream.range(0, GridKt._size(arrivals)).mapToObj(i -> GridKt._get(arrivals, i))
                .filter(c -> c.plate().equals(plate)).findFirst().orElseThrow().id();
        assertThat(checks.checklist(id, Stage.BOOKED)).extracting(r -> r.code() + "=" + r.answer())
                .containsExactly("BOOK_CONTACT=YES", "BOOK_CONCERN=NO", "BOOK_PROMISE=NO");
    }

    @Test
    void a_booking_with_a_bad_plate_names_the_field_and_keeps_what_was_typed() {
        actAs(Staff.advisor(people));
        UI.getCurrent().navigate(CounterView.class);
        _click(_get(Button.class, spec -> spec.withId("new-booking")));
        BookingForm form = _get(BookingForm.class);
        _setValue(form.plate, "?");
        _setValue(form.make, "Skoda");
        _setValue(form.model, "Fabia");
        _setValue(form.name, "Veikko Uusi");
        _setValue(form.phone, "040 765 4321");
        _setValue(form.requestedWork, "Check engine light is on");
        _click(_get(Button.class, spec -> spec.withId("booking-save")));

        assertThat(form.plate.isInvalid()).isTrue();
        assertThat(form.plate.getErrorMessage()).contains("is not a registration plate");
        assertThat(form.requestedWork.getValue()).isEqualTo("Check engine light is on");
        assertThat(form.isAttached()).isTrue();
    }

    @Test
    void the_counter_search_finds_a_car_by_plate_without_dash() {
        Person advisor = Staff.advisor(people);
        actAs(advisor);
        String plate = Staff.plate();
        Staff.book(visits, advisor, plate, Set.of());
        UI.getCurrent().navigate(CounterView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("search")), plate.replace("-", "").toLowerCase());

        @SuppressWarnings("unchecked")
        Grid<VehicleMatch> results = _get(Grid.class, spec -> spec.withId("search-results"));
        assertThat(GridKt._size(results)).isEqualTo(1);
        assertThat(GridKt._get(results, 0).plate()).isEqualTo(plate);

        // A search that finds nothing says so, instead of an empty table.
        _setValue(_get(TextField.class, spec -> spec.withId("search")), "QQQ-999-none");
        assertThat(GridKt._size(results)).isZero();
        assertThat(results.getEmptyStateText()).isEqualTo(results.getTranslation("counter.noMatches"));
    }

    @Test
    void a_technician_starts_holds_and_finishes_a_job_on_my_jobs_without_typing() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), technician.id()), advisor.asActor());
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN, advisor.asActor());
        actAs(technician);
        UI.getCurrent().navigate(MyJobsView.class);

        _click(_get(Button.class, spec -> spec.withClasses("action-start")));
        assertThat(overview.card(id).stage()).isEqualTo(Stage.IN_WORK);
        assertThat(overview.card(id).status()).isEqualTo(WorkStatus.IN_PROGRESS);

        _click(_get(Button.class, spec -> spec.withClasses("action-hold")));
        _click(_get(Button.class, spec -> spec.withClasses("action-reason-WAITING_FOR_PARTS")));
        assertThat(overview.card(id).status()).isEqualTo(WorkStatus.ON_HOLD);

        _click(_get(Button.class, spec -> spec.withClasses("action-start")));
        Checks.answerMandatory(checks, id, Stage.IN_WORK, technician.asActor());
        _click(_get(Button.class, spec -> spec.withClasses("action-done")));
        assertThat(overview.card(id).stage()).isEqualTo(Stage.QUALITY_CHECK);
        assertThat(_find(VisitTile.class)).isEmpty();
    }

    @Test
    void a_technician_takes_free_work_with_one_tap_and_a_tap_on_a_car_no_longer_free_takes_nothing() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        Person colleague = Staff.technician(people);
        String plate = Staff.plate();
        long free = Staff.book(visits, advisor, plate, EnumSet.noneOf(Flag.class));
        visits.checkIn(free, visits.find(free).getVersion(), CheckIn.as(Set.of(), null), advisor.asActor());
        long taken = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        visits.checkIn(taken, visits.find(taken).getVersion(), CheckIn.as(Set.of(), null), advisor.asActor());
        actAs(technician);
        UI.getCurrent().navigate(MyJobsView.class);
        VisitTile tile = _find(VisitTile.class).stream()
                .filter(t -> plate.equals(t.getElement().getAttribute("data-plate"))).findFirst().orElseThrow();
        assertThat(tile.getElement().getProperty("innerHTML"))
                .contains("data-visit=\"" + free + "\"", "Brakes squeak", ">Take this job</vaadin-button>");

        tapTake(free);
        // Someone else took the other car after this screen showed it free: the stale tap takes nothing.
        visits.assignTechnician(taken, visits.find(taken).getVersion(), colleague.id(), colleague.asActor());
        tapTake(taken);
        tapTake("not a number");

        assertThat(overview.card(free).technicianName()).isEqualTo(technician.fullName());
        assertThat(overview.card(taken).technicianName()).isEqualTo(colleague.fullName());
    }

    /** What the browser sends for a tap on a free tile's Take: the free list's click, with the visit's id. */
    static void tapTake(Object visitId) {
        JsonObject data = Json.createObject();
        data.put(VisitTile.onButton(MyJobsView.TAKE), true);
        data.put(VisitTile.tappedVisit(MyJobsView.TAKE), String.valueOf(visitId));
        _fireDomEvent(_get(Div.class, spec -> spec.withId("free-jobs")), "click", data);
    }

    @Test
    void extra_work_flagged_on_the_tablet_waits_for_the_advisor_and_holds_the_car_in_the_workshop() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), technician.id()), advisor.asActor());
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN, advisor.asActor());
        visits.beginWork(id, visits.find(id).getVersion(), technician.asActor());
        actAs(technician);
        UI.getCurrent().navigate(MyJobsView.class);

        Checks.answerMandatory(checks, id, Stage.IN_WORK, technician.asActor());
        _click(_get(Button.class, spec -> spec.withClasses("action-extra-work")));
        _click(_get(Button.class, spec -> spec.withText(UI.getCurrent().getTranslation("preset.brakePads"))));
        _click(_get(Button.class, spec -> spec.withId("urgency-SAFETY")));
        // A preset is stored as its key and read in each reader's language.
        assertThat(overview.details(id).extraWork()).extracting(l -> l.description()).containsExactly("preset:brakePads");
        assertThat(overview.details(id).extraWork().get(0).what().in(Messages.FINNISH))
                .isEqualTo("Jarrupalat kuluneet");
        assertThat(overview.details(id).extraWork().get(0).what().in(Locale.ENGLISH)).isEqualTo("Brake pads worn");

        _click(_get(Button.class, spec -> spec.withClasses("action-done")));
        assertThat(overview.card(id).stage()).isEqualTo(Stage.IN_WORK);
        _click(_get(Button.class, spec -> spec.withClasses("action-hold")));
        _click(_get(Button.class, spec -> spec.withClasses("action-reason-WAITING_FOR_APPROVAL")));

        // The Counter lists the line waiting for the customer's answer, with how long it has waited.
        actAs(advisor);
        UI.getCurrent().navigate(CounterView.class);
        @SuppressWarnings("unchecked")
        Grid<AwaitingAnswers.Row> waiting = _get(Grid.class, spec -> spec.withId("awaiting-answer"));
        List<String> row = IntStream.range(0, GridKt._size(waiting))
                .mapToObj(i -> GridKt._getFormattedRow(waiting, i)).filter(r -> r.contains("Brake pads worn"))
                .findFirst().orElseThrow();
        assertThat(row).contains("Safety: now");
        assertThat(row.get(4)).matches("\\d+ min");

        UI.getCurrent().navigate(VisitView.class, id);
        @SuppressWarnings("unchecked")
        Grid<ExtraWork> lines = _get(Grid.class, spec -> spec.withId("extra-work"));
        _click(_get(GridKt._getCellComponent(lines, 0, "actions"), Button.class, spec -> spec.withClasses("approve")));
        assertThat(overview.details(id).extraWork().get(0).decidedBy()).isEqualTo(advisor.fullName());

        // The approval lifts the hold: the technician's tile offers to go on and to mark the line done.
        assertThat(overview.card(id).status()).isEqualTo(WorkStatus.WAITING);
        actAs(technician);
        UI.getCurrent().navigate(MyJobsView.class);
        assertThat(_find(Button.class, spec -> spec.withClasses("action-start"))).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withClasses("action-line-done")).getText())
                .contains("Brake pads worn");
    }

    @Test
    void the_board_shows_a_card_in_its_stage_column_and_moves_it_with_one_tap() {
        Person advisor = Staff.advisor(people);
        String plate = Staff.plate();
        long id = Staff.book(visits, advisor, plate, EnumSet.of(Flag.CUSTOMER_WAITING));
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(Flag.CUSTOMER_WAITING), null), advisor.asActor());
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN, advisor.asActor());
        actAs(advisor);
        UI.getCurrent().navigate(BoardView.class);

        VisitTile tile = _find(VisitTile.class).stream()
                .filter(t -> plate.equals(t.getElement().getAttribute("data-plate"))).findFirst().orElseThrow();
        assertThat(tile.getElement().getAttribute("data-stage")).isEqualTo("CHECKED_IN");
        assertThat(tile.getElement().getProperty("innerHTML"))
                .contains("class=\"move-button\"", "data-visit=\"" + id + "\"", ">→ In work</vaadin-button>");
        tapMoveButton(id);

        assertThat(overview.card(id).stage()).isEqualTo(Stage.IN_WORK);
        VisitTile moved = _find(VisitTile.class).stream()
                .filter(t -> plate.equals(t.getElement().getAttribute("data-plate"))).findFirst().orElseThrow();
        assertThat(moved.getElement().getAttribute("data-stage")).isEqualTo("IN_WORK");
    }

    @Test
    void a_tap_that_names_no_car_on_the_board_moves_nothing() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        actAs(advisor);
        UI.getCurrent().navigate(BoardView.class);

        tapMoveButton("not a number");
        tapMoveButton(id + 1_000_000);

        assertThat(overview.card(id).stage()).isEqualTo(Stage.BOOKED);
        assertThat(NotificationsKt.getNotifications()).isEmpty();
    }

    /** What the browser sends for a tap on a tile's move button: the board's click, with the visit's id. */
    static void tapMoveButton(Object visitId) {
        JsonObject data = Json.createObject();
        data.put(VisitTile.onButton(VisitTile.MOVE_BUTTON), true);
        data.put(VisitTile.tappedVisit(VisitTile.MOVE_BUTTON), String.valueOf(visitId));
        _fireDomEvent(_get(Div.class, spec -> spec.withClasses("board-columns")),
                "click", data);
    }

    @Test
    void a_stale_visit_page_refuses_the_second_save_and_reloads() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        actAs(advisor);
        UI.getCurrent().navigate(VisitView.class, id);
        Button seenBeforeTheChange = _get(Button.class, spec -> spec.withId("move-next"));

        // Someone else changes the visit; this person checks in before the pushed update reaches them.
        contacts.logContact(id, ContactChannel.PHONE, Direction.INBOUND,
                "Customer asked to move the booking", advisor.asActor());
        seenBeforeTheChange.click();
        _click(_get(Button.class, spec -> spec.withId("check-in-save")));
        // Nothing ticked: the check-in names what is left first; saved as not finished all the same.
        assertThat(_get(Paragraph.class, spec -> spec.withId("check-in-left")).getText())
                .startsWith("Still to go through with the customer: ");
        _click(_get(Button.class, spec -> spec.withId("check-in-left-save")));

        assertThat(overview.card(id).stage()).isEqualTo(Stage.BOOKED);
        NotificationsKt.expectNotifications(
                "Someone else changed this visit meanwhile. It has been reloaded: check it and try again.");
        _click(_get(Button.class, spec -> spec.withId("move-next")));
        _click(_get(Button.class, spec -> spec.withId("check-in-save")));
        _click(_get(Button.class, spec -> spec.withId("check-in-left-save")));
        assertThat(overview.card(id).stage()).isEqualTo(Stage.CHECKED_IN);
    }

    @Test
    void every_way_to_checked_in_on_a_screen_goes_through_the_check_in_form() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        actAs(advisor);

        // The board's "→ Checked in" opens the check-in; the car stays booked until it is saved.
        UI.getCurrent().navigate(BoardView.class);
        tapMoveButton(id);
        assertThat(_find(CheckInForm.class)).hasSize(1);
        assertThat(overview.card(id).stage()).isEqualTo(Stage.BOOKED);
        _click(_get(Button.class, spec -> spec.withId("check-in-cancel")));
        assertThat(_find(CheckInForm.class)).isEmpty();

        // So does the visit page's; the items ticked with the customer are saved with the check-in.
        UI.getCurrent().navigate(VisitView.class, id);
        _click(_get(Button.class, spec -> spec.withId("move-next")));
        CheckInForm form = _get(CheckInForm.class);
        assertThat(overview.card(id).stage()).isEqualTo(Stage.BOOKED);
        List<Checkbox> items = _find(form,
                Checkbox.class).stream()
                .filter(c -> c.getId().orElse("").startsWith("check-in-CHK")).toList();
        assertThat(items).isNotEmpty();
        items.forEach(c -> _setValue(c, true));
        _click(_get(Button.class, spec -> spec.withId("check-in-save")));

        assertThat(overview.card(id).stage()).isEqualTo(Stage.CHECKED_IN);
        assertThat(checks.openMandatory(id, Stage.CHECKED_IN)).isEmpty();
    }

    @Test
    void a_car_that_arrived_without_its_check_in_waits_on_the_counter_and_the_tablet_says_what_is_missing() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        String plate = Staff.plate();
        long id = Staff.book(visits, advisor, plate, EnumSet.noneOf(Flag.class));
        // Over the API, as an integrator may: checked in without the check-in items.
        visits.move(id, visits.find(id).getVersion(), Stage.CHECKED_IN, null, advisor.asActor());
        visits.assignTechnician(id, visits.find(id).getVersion(), technician.id(), advisor.asActor());
        String missing = checks.openMandatory(id, Stage.CHECKED_IN).stream().map(m -> m.in(Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        assertThat(missing).startsWith("Walkaround");

        // The tablet: what is missing, no Start, and who finishes it.
        actAs(technician);
        UI.getCurrent().navigate(MyJobsView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("check-in-missing"))
                .getText()).isEqualTo("Check-in not finished: " + missing);
        assertThat(_find(Button.class, spec -> spec.withClasses("action-start"))).isEmpty();

        // The Counter: the car waits under "Check-in not finished"; its button opens the visit page.
        actAs(advisor);
        UI.getCurrent().navigate(CounterView.class);
        @SuppressWarnings("unchecked")
        Grid<VisitCard> open = _get(Grid.class, spec -> spec.withId("check-in-open"));
        assertThat(plates(open)).contains(plate);
        UI.getCurrent().navigate(VisitView.class, id);
        assertThat(_get(Paragraph.class, spec -> spec.withId("check-in-missing"))
                .getText()).startsWith("Check-in not finished: " + missing);
        _click(_get(Button.class, spec -> spec.withId("check-in-finish")));
        NotificationsKt.expectNotifications("Check-in not finished: " + missing.replace(", ", "; "));
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN, advisor.asActor());
        _click(_get(Button.class, spec -> spec.withId("check-in-finish")));
        assertThat(overview.card(id).ownerPersonId()).isEqualTo(technician.id());
        UI.getCurrent().navigate(CounterView.class);
        @SuppressWarnings("unchecked")
        List<Grid<VisitCard>> after = (List<Grid<VisitCard>>) (List<?>) _find(Grid.class,
                spec -> spec.withId("check-in-open"));
        assertThat(after.stream().flatMap(grid -> plates(grid).stream())).doesNotContain(plate);

        // Back on the tablet the job can start.
        actAs(technician);
        UI.getCurrent().navigate(MyJobsView.class);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("check-in-missing")))
                .isEmpty();
        _click(_get(Button.class, spec -> spec.withClasses("action-start")));
        assertThat(overview.card(id).stage()).isEqualTo(Stage.IN_WORK);
    }

    @Test
    void the_advisor_moves_the_promise_with_a_reason_and_the_customer_is_told() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        Instant before = overview.card(id).promisedAt();
        actAs(advisor);
        UI.getCurrent().navigate(VisitView.class, id);

        _click(_get(Button.class, spec -> spec.withId("change-promise")));
        PromiseDialog dialog = _get(PromiseDialog.class);
        assertThat(dialog.tell.getValue()).isTrue();
        _setValue(dialog.promisedAt, dialog.promisedAt.getValue().plusHours(3));
        _click(_get(Button.class, spec -> spec.withId("promise-save")));
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(overview.card(id).promisedAt()).isEqualTo(before);

        _setValue(dialog.reason, "The part arrives at two");
        _click(_get(Button.class, spec -> spec.withId("promise-save")));

        assertThat(overview.card(id).promisedAt()).isEqualTo(before.plus(Duration.ofHours(3)));
        assertThat(invitations.outbox(id)).extracting(m -> m.body())
                .anyMatch(body -> body.contains("The part arrives at two"));
        // The visit page lists the message sent, though the car is only booked.
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("outbox-entry")))
                .anySatisfy(p -> assertThat(p.getText()).contains("The part arrives at two"));
    }

    @Test
    void the_visit_page_logs_a_customer_contact() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        actAs(advisor);
        UI.getCurrent().navigate(VisitView.class, id);

        _setValue(_get(TextArea.class, spec -> spec.withId("contact-summary")), "Told the car is ready at 15");
        _click(_get(Button.class, spec -> spec.withId("log-contact")));

        assertThat(overview.details(id).contacts()).extracting(c -> c.summary())
                .containsExactly("Told the car is ready at 15");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("contact-entry")))
                .hasSize(1);
    }

    @Test
    void the_screens_speak_finnish_when_the_user_chooses_it() {
        UI.getCurrent().setLocale(Messages.FINNISH);
        actAs(Staff.technician(people));
        UI.getCurrent().navigate(MyJobsView.class);
        assertThat(_get(H2.class, spec -> spec.withText("Omat työt (0)"))).isNotNull();
    }

    @Test
    void the_booking_forms_date_pickers_speak_finnish_too() {
        UI.getCurrent().setLocale(Messages.FINNISH);
        actAs(Staff.advisor(people));
        UI.getCurrent().navigate(CounterView.class);
        _click(_get(Button.class, spec -> spec.withId("new-booking")));
        BookingForm form = _get(BookingForm.class);

        assertThat(form.bookedAt.getDatePickerI18n().getMonthNames()).startsWith("tammikuu", "helmikuu");
        assertThat(form.bookedAt.getDatePickerI18n().getWeekdaysShort()).startsWith("su", "ma");
        assertThat(form.bookedAt.getDatePickerI18n().getToday()).isEqualTo("Tänään");
        assertThat(form.bookedAt.getDatePickerI18n().getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void a_technician_sees_the_customers_name_on_the_visit_page_but_not_their_phone_or_e_mail() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        String phone = overview.card(id).customerPhone();
        String name = overview.card(id).customerName();
        assertThat(phone).isNotBlank();

        String shown = Phones.shown(phone);
        actAs(technician);
        UI.getCurrent().navigate(VisitView.class, id);
        assertThat(customerLine(name)).doesNotContain(phone).doesNotContain(shown);

        actAs(advisor);
        UI.getCurrent().navigate(VisitView.class, id);
        assertThat(customerLine(name)).contains(shown);
    }

    private static String customerLine(String name) {
        return LocatorJ._find(Paragraph.class)
                .stream().map(p -> p.getText()).filter(t -> t.startsWith(name)).findFirst().orElseThrow();
    }
}
