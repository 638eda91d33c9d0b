package fi.huoltopolku.desk;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.data.provider.DataCommunicator;
import com.vaadin.flow.server.VaadinSession;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.infra.OpenScreens;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.visit.ChangedVisit;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.HoldReason;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitBroadcaster;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.ui.VisitTile;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live updates cost the person who saves nothing, and a screen whose browser has gone away stops
 * receiving them instead of piling them up in memory.
 */
class LiveUpdatesTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject VisitBroadcaster broadcaster;
    @Inject WorkshopClock clock;

    @Test
    void the_writers_request_does_not_run_other_screens_updates() throws Exception {
        Person advisor = Staff.advisor(people);
        CompletableFuture<String> deliveredOn = new CompletableFuture<>();
        Runnable unregister = broadcaster.register(changed -> deliveredOn.complete(Thread.currentThread().getName()));
        try {
            Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
            assertThat(deliveredOn.get(10, TimeUnit.SECONDS)).startsWith("visit-broadcast")
                    .isNotEqualTo(Thread.currentThread().getName());
        } finally {
            unregister.run();
        }
    }

    @Test
    void a_board_whose_browser_stopped_sending_heartbeats_leaves_the_broadcaster() throws Exception {
        Person advisor = Staff.advisor(people);
        actAs(advisor);
        int before = broadcaster.listening();
        UI.getCurrent().navigate(BoardView.class);
        assertThat(broadcaster.listening()).isEqualTo(before + 1);

        // Still heard from: a change keeps it registered.
        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(clock.now().toEpochMilli());
        Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        Thread.sleep(300);
        assertThat(broadcaster.listening()).isEqualTo(before + 1);

        // The tablet went to sleep four minutes ago: the next change lets the screen go.
        UI.getCurrent().getInternals().setLastHeartbeatTimestamp(
                clock.now().minus(OpenScreens.GONE_AFTER.plus(Duration.ofMinutes(1))).toEpochMilli());
        Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        await(() -> broadcaster.listening() == before);
        assertThat(broadcaster.listening()).isEqualTo(before);
    }

    @Test
    void a_screen_whose_browser_vanished_is_closed_and_freed_within_minutes_without_another_request() {
        Person advisor = Staff.advisor(people);
        actAs(advisor);
        int before = broadcaster.listening();
        UI.getCurrent().navigate(BoardView.class);
        UI board = UI.getCurrent();
        VaadinSession session = board.getSession();
        assertThat(screens.screens()).isPositive();
        assertThat(broadcaster.listening()).isEqualTo(before + 1);

        // Heard from a minute ago: the sweep leaves it alone.
        board.getInternals().setLastHeartbeatTimestamp(clock.now().minus(Duration.ofMinutes(1)).toEpochMilli());
        screens.letGoOfVanished();
        // (The test holds the session's lock, as a request would: the sweep's work waits in its queue.)
        MockVaadin.runUIQueue();
        assertThat(session.getUIs()).contains(board);

        // Silent for four minutes (no change happened meanwhile, no request came): closed and removed,
        // and out of the live updates, so nothing of it stays in memory.
        board.getInternals().setLastHeartbeatTimestamp(
                clock.now().minus(OpenScreens.GONE_AFTER.plus(Duration.ofMinutes(1))).toEpochMilli());
        screens.letGoOfVanished();
        MockVaadin.runUIQueue();
        assertThat(session.getUIs()).doesNotContain(board);
        assertThat(board.isClosing()).isTrue();
        assertThat(broadcaster.listening()).isEqualTo(before);
    }

    @Inject OpenScreens screens;

    @Test
    void a_change_elsewhere_moves_only_that_cars_tile_and_the_counts_follow() {
        Person advisor = Staff.advisor(people);
        String still = Staff.plate();
        String moving = Staff.plate();
        Staff.book(visits, advisor, still, EnumSet.noneOf(Flag.class));
        long id = Staff.book(visits, advisor, moving, EnumSet.noneOf(Flag.class));
        actAs(advisor);
        UI.getCurrent().navigate(BoardView.class);
        BoardView board = LocatorJ._get(BoardView.class);
        VisitTile untouched = tile(still);
        long bookedBefore = column("BOOKED").getChildren().filter(VisitTile.class::isInstance).count();

        // Someone at another screen checks the car in; this screen gets the visit's id.
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), null),
                advisor.asActor());
        board.update(Set.of(id));

        assertThat(tile(moving).getElement().getAttribute("data-stage")).isEqualTo("CHECKED_IN");
        assertThat(tile(moving).getParent()).contains(column("CHECKED_IN"));
        assertThat(tile(still)).isSameAs(untouched);
        assertThat(column("BOOKED").getChildren().filter(VisitTile.class::isInstance).count()).isEqualTo(bookedBefore - 1);
        assertThat(column("BOOKED").getChildren().findFirst().orElseThrow().getElement().getTextRecursively())
                .endsWith(" " + (bookedBefore - 1));
    }

    @Test
    void a_technicians_list_is_rebuilt_for_their_own_cars_and_free_work_not_for_a_colleagues() {
        Person advisor = Staff.advisor(people);
        Person me = Staff.technician(people);
        Person colleague = Staff.technician(people);
        long mine = Journeys.upTo(Stage.CHECKED_IN, visits, checks,
                advisor, me);
        long theirs = Journeys.upTo(Stage.CHECKED_IN, visits, checks,
                advisor, colleague);
        actAs(me);
        UI.getCurrent().navigate(MyJobsView.class);
        MyJobsView view = LocatorJ._get(MyJobsView.class);
        VisitTile before = tile(plateOf(mine));

        view.update(Set.of(theirs));
        assertThat(tile(plateOf(mine))).as("not rebuilt for a colleague's car").isSameAs(before);

        view.update(Set.of(mine));
        assertThat(tile(plateOf(mine))).as("not rebuilt again for my car as it is shown").isSameAs(before);

        visits.hold(mine, visits.find(mine).getVersion(), HoldReason.WAITING_FOR_PARTS, null,
                me.asActor());
        view.update(Set.of(mine));
        assertThat(tile(plateOf(mine))).as("rebuilt for a change of my own car").isNotSameAs(before);
        assertThat(tile(plateOf(mine)).getElement().getChild(0).getProperty("innerHTML", ""))
                .as("the tile's lines show the hold").contains(view.getTranslation("holdReason.WAITING_FOR_PARTS"));
    }

    @Test
    void a_changed_cars_card_is_read_once_for_every_screen_and_each_screen_gets_changes_in_commit_order()
            throws Exception {
        Person advisor = Staff.advisor(people);
        int screens = 12;
        List<List<Long>> received = new ArrayList<>();
        Set<Object> cardsSeen = ConcurrentHashMap.newKeySet();
        List<Runnable> handles = new ArrayList<>();
        for (int i = 0; i < screens; i++) {
            List<Long> mine = Collections.synchronizedList(new ArrayList<>());
            received.add(mine);
            handles.add(broadcaster.register(changed -> {
                mine.add(changed.visitId());
                cardsSeen.add(changed.card().orElseThrow());
            }));
        }
        try {
            List<Long> booked = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                booked.add(Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class)));
            }
            await(() -> received.stream().allMatch(r -> r.size() >= booked.size()));
            // One card object per change, shared by all twelve screens (not a read per screen) ...
            assertThat(cardsSeen).hasSize(booked.size());
            // ... and every screen in the order the changes were committed.
            for (List<Long> screen : received) {
                assertThat(screen.subList(screen.size() - booked.size(), screen.size())).containsExactlyElementsOf(booked);
            }
        } finally {
            handles.forEach(Runnable::run);
        }
    }

    @Test
    void free_work_appears_on_every_technicians_list_and_leaves_the_others_when_one_takes_it() {
        Person advisor = Staff.advisor(people);
        Person me = Staff.technician(people);
        Person colleague = Staff.technician(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        actAs(me);
        UI.getCurrent().navigate(MyJobsView.class);
        MyJobsView view = LocatorJ._get(MyJobsView.class);
        String plate = plateOf(id);
        int freeBefore = freeCount();

        // Checked in with no technician: free work on my list too.
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), null),
                advisor.asActor());
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN,
                advisor.asActor());
        view.update(Set.of(id));
        assertThat(tilesIn("free-jobs")).contains(plate);
        assertThat(freeCount()).isEqualTo(freeBefore + 1);

        // A colleague takes it: gone from free work, and not mine either.
        visits.assignTechnician(id, visits.find(id).getVersion(), colleague.id(), advisor.asActor());
        view.update(Set.of(id));
        assertThat(tilesIn("free-jobs")).doesNotContain(plate);
        assertThat(tilesIn("my-jobs-list")).doesNotContain(plate);
        assertThat(freeCount()).isEqualTo(freeBefore);

        // Handed to me: on my list, with my job's buttons.
        visits.assignTechnician(id, visits.find(id).getVersion(), me.id(), advisor.asActor());
        view.update(Set.of(id));
        assertThat(tilesIn("my-jobs-list")).contains(plate);
        assertThat(tile(plate).getElement().getTextRecursively()).contains(view.getTranslation("myJobs.start"));
    }

    @Test
    void a_card_read_before_a_change_the_screen_already_shows_is_not_applied_after_it() {
        Person advisor = Staff.advisor(people);
        Person me = Staff.technician(people);
        Person colleague = Staff.technician(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), null),
                advisor.asActor());
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN,
                advisor.asActor());
        actAs(me);
        UI.getCurrent().navigate(MyJobsView.class);
        MyJobsView view = LocatorJ._get(MyJobsView.class);
        String plate = plateOf(id);
        assertThat(tilesIn("free-jobs")).contains(plate);

        // The broadcaster read the card while the car was free; a colleague then took it, and this
        // screen already shows that. The older read, delivered late, must not put the car back.
        ChangedVisit early = ChangedVisit.of(id, overview);
        early.card();
        visits.assignTechnician(id, visits.find(id).getVersion(), colleague.id(), advisor.asActor());
        view.update(Set.of(id));
        assertThat(tilesIn("free-jobs")).doesNotContain(plate);
        view.update(List.of(early));
        assertThat(tilesIn("free-jobs")).doesNotContain(plate);
    }

    @Test
    void the_counter_moves_a_car_from_arrivals_to_the_house_on_a_change_elsewhere() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        String plate = plateOf(id);
        actAs(advisor);
        UI.getCurrent().navigate(CounterView.class);
        CounterView counter = LocatorJ._get(CounterView.class);
        assertThat(platesOf("arrivals")).contains(plate);

        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), null),
                advisor.asActor());
        counter.update(List.of(ChangedVisit.of(id, overview)));

        assertThat(platesOf("arrivals")).doesNotContain(plate);
        assertThat(platesOf("in-house")).contains(plate);
    }

    @Test
    void a_foremans_quality_queue_takes_a_car_at_the_check_and_keeps_their_own_tiles() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        Person foreman = people.create("for" + Staff.next(), "Foreman " + Staff.next(), Role.FOREMAN,
                Department.WORKSHOP);
        long car = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor,
                technician);
        long other = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        actAs(foreman);
        UI.getCurrent().navigate(MyJobsView.class);
        MyJobsView view = LocatorJ._get(MyJobsView.class);
        assertThat(tilesIn("quality-queue")).doesNotContain(plateOf(car));
        Div queueBefore = queue();

        view.update(Set.of(other));
        assertThat(queue()).as("a booking elsewhere leaves the queue as it is").isSameAs(queueBefore);

        Checks.answerMandatory(checks, car, Stage.IN_WORK,
                technician.asActor());
        visits.move(car, visits.find(car).getVersion(), Stage.QUALITY_CHECK, null,
                technician.asActor());
        view.update(Set.of(car));
        assertThat(tilesIn("quality-queue")).contains(plateOf(car));
    }

    @Test
    void the_counter_leaves_its_sections_alone_when_a_change_does_not_touch_their_cars() {
        Person advisor = Staff.advisor(people);
        long booked = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        actAs(advisor);
        UI.getCurrent().navigate(CounterView.class);
        CounterView counter = LocatorJ._get(CounterView.class);
        AtomicInteger readySent = new AtomicInteger();
        AtomicInteger arrivalsSent = new AtomicInteger();
        grid("ready").getDataProvider().addDataProviderListener(e -> readySent.incrementAndGet());
        grid("arrivals").getDataProvider().addDataProviderListener(e -> arrivalsSent.incrementAndGet());

        visits.checkIn(booked, visits.find(booked).getVersion(), CheckIn.as(Set.of(), null),
                advisor.asActor());
        counter.update(List.of(ChangedVisit.of(booked, overview)));

        assertThat(arrivalsSent).as("the car left the arrivals").hasValue(1);
        assertThat(platesOf("in-house")).contains(plateOf(booked));
        assertThat(readySent).as("nothing sent again for the cars ready").hasValue(0);
    }

    /**
     * A counter PC whose browser falls behind (a stalled tab, a machine starved of processor) confirms
     * none of the updates pushed to it. The grids keep, for each unconfirmed update, the rows it took
     * away; that must be the cars that really left a section, not every row of every update (which
     * held about 2 MB a screen after a few hundred changes with a hundred cars on the counter).
     * Karibu's browser never confirms an update, as such a browser.
     */
    @Test
    void a_counter_whose_browser_confirms_no_update_holds_only_the_rows_that_left() throws Exception {
        Person advisor = Staff.advisor(people);
        long leaving = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        for (int i = 0; i < 4; i++) {
            Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        }
        actAs(advisor);
        UI.getCurrent().navigate(CounterView.class);
        CounterView counter = LocatorJ._get(CounterView.class);
        List<Grid<?>> grids = LocatorJ
                ._find(Grid.class).stream()
                .<Grid<?>>map(g -> g).toList();
        // The browser asks for every row, as the counter's grids show all their rows.
        grids.forEach(g -> g.getDataCommunicator().setViewportRange(0, 500));
        MockVaadin.clientRoundtrip();
        assertThat(platesOf("arrivals")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(heldForTheBrowser(grids)).isZero();

        // Thirty times the counter is read again (once a minute, or after this advisor's own saves),
        // each sent to the browser: the same cars, so nothing is held for them.
        for (int i = 0; i < 30; i++) {
            counter.refresh();
            MockVaadin.clientRoundtrip();
        }
        assertThat(heldForTheBrowser(grids)).isZero();

        // One car is checked in elsewhere: its row in the arrivals is the one held until the browser confirms.
        visits.checkIn(leaving, visits.find(leaving).getVersion(), CheckIn.as(Set.of(), null),
                advisor.asActor());
        counter.update(List.of(ChangedVisit.of(leaving, overview)));
        MockVaadin.clientRoundtrip();
        assertThat(heldForTheBrowser(grids)).isEqualTo(1);
        assertThat(platesOf("in-house")).contains(plateOf(leaving));
    }

    /**
     * An advisor's counter stays open all day, and most days some of its sections are empty and
     * hidden (overdue promises, cars handed to them). Vaadin keeps what is sent to a hidden component
     * for the browser until it shows again, so a hidden section must not be sent every change's
     * update: 30 re-reads (half an hour of the counter's minute-by-minute refresh) leave nothing
     * waiting to be sent.
     */
    @Test
    void a_counter_open_all_day_keeps_nothing_waiting_for_its_hidden_sections() throws Exception {
        Person advisor = Staff.advisor(people);
        Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        actAs(advisor);
        UI.getCurrent().navigate(CounterView.class);
        CounterView counter = LocatorJ._get(CounterView.class);
        assertThat(counter.getChildren().flatMap(Component::getChildren)
                .filter(CounterSection.class::isInstance).filter(section -> !section.isVisible()))
                .as("no car handed to this advisor: that section is hidden").isNotEmpty();
        MockVaadin.clientRoundtrip();
        int waiting = waitingForTheBrowser();

        for (int i = 0; i < 30; i++) {
            counter.refresh();
            MockVaadin.clientRoundtrip();
        }

        assertThat(waitingForTheBrowser()).isLessThanOrEqualTo(waiting);
        assertThat(platesOf("arrivals")).isNotEmpty();
    }

    /** The JavaScript calls this screen keeps for the browser (those of hidden components wait until they show). */
    private static int waitingForTheBrowser() throws Exception {
        Field pending = UIInternals.class
                .getDeclaredField("pendingJsInvocations");
        pending.setAccessible(true);
        return ((Collection<?>) pending.get(UI.getCurrent().getInternals())).size();
    }

    /** The rows the counter's grids keep for updates the browser has not confirmed. */
    @SuppressWarnings("unchecked")
    private static int heldForTheBrowser(List<Grid<?>> grids) throws Exception {
        Field held = DataCommunicator.class
                .getDeclaredField("passivatedByUpdate");
        held.setAccessible(true);
        int rows = 0;
        for (Grid<?> grid : grids) {
            rows += ((Map<Integer, Set<String>>) held.get(grid.getDataCommunicator())).values()
                    .stream().mapToInt(Set::size).sum();
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Grid<VisitCard> grid(String id) {
        return LocatorJ._get(Grid.class,
                spec -> spec.withId(id));
    }

    private static Div queue() {
        return LocatorJ._get(Div.class,
                spec -> spec.withId("quality-queue"));
    }

    private static List<String> platesOf(String section) {
        return grid(section).getGenericDataView().getItems().map(VisitCard::plate).toList();
    }

    private static List<String> tilesIn(String list) {
        return LocatorJ._get(Div.class,
                spec -> spec.withId(list)).getChildren()
                .map(tile -> tile.getElement().getAttribute("data-plate")).toList();
    }

    private static int freeCount() {
        return tilesIn("free-jobs").size();
    }

    @Inject ChecklistService checks;
    @Inject VisitOverviewService overview;

    private String plateOf(long visitId) {
        return overview.card(visitId).plate();
    }

    private static VisitTile tile(String plate) {
        return LocatorJ._find(VisitTile.class).stream()
                .filter(t -> plate.equals(t.getElement().getAttribute("data-plate"))).findFirst().orElseThrow();
    }

    private static Component column(String stage) {
        return LocatorJ._find(Div.class).stream()
                .filter(d -> stage.equals(d.getElement().getAttribute("data-stage"))
                        && d.hasClassName("board-column")).findFirst().orElseThrow();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
