package fi.huoltopolku.desk;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.ui.CheckInDialog;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.ChangedVisit;
import fi.huoltopolku.visit.Journey;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitBroadcaster;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.ui.LiveUpdates;
import fi.huoltopolku.visit.ui.VisitTile;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The workshop board: a column per stage, a card per car, one tap to move it; live on every screen. */
@Route("board")
@RolesAllowed({"ADVISOR", "TECHNICIAN", "FOREMAN", "MANAGER"})
@Prototype
public class BoardView extends Div implements HasDynamicTitle {

    private final VisitOverviewService overview;
    private final VisitService visits;
    private final WorkshopClock clock;
    private final Messages messages;
    private final Div columns = new Div();
    private final Map<Stage, Div> columnOf = new EnumMap<>(Stage.class);
    private final Map<Stage, Span> countOf = new EnumMap<>(Stage.class);
    private final Map<Long, VisitCard> shown = new HashMap<>();
    private final Map<Long, VisitTile> tiles = new HashMap<>();
    /** The newest version of each visit this screen has shown: a card read earlier is not applied after it. */
    private final Map<Long, Long> seen = new HashMap<>();
    private final CheckInDialog checkIns;
    /** A stage's name with its syllables marked (soft hyphens), for narrow columns and buttons on a tablet. */
    private static final String SYLLABLES = "stageSyllables.";

    public BoardView(VisitOverviewService overview, VisitService visits, WorkshopClock clock, Messages messages,
            VisitBroadcaster broadcaster, CheckInDialog checkIns) {
        this.checkIns = checkIns;
        this.overview = overview;
        this.visits = visits;
        this.clock = clock;
        this.messages = messages;
        addClassNames("board-view");
        columns.addClassNames("board-columns");
        // One listener for every tile's move button (a tile is one element: see VisitTile.withMove).
        VisitTile.onTaps(columns, VisitTile.MOVE_BUTTON, this::moveTapped);
        add(columns);
        refresh();
        LiveUpdates.keepFresh(this, broadcaster, clock, this::update);
    }

    /** Builds the whole board from the database. */
    void refresh() {
        columns.removeAll();
        columnOf.clear();
        countOf.clear();
        shown.clear();
        tiles.clear();
        List<VisitCard> cards = overview.board();
        for (Stage stage : VisitOverviewService.BOARD_STAGES) {
            Div column = new Div();
            column.addClassNames("board-column");
            column.getElement().setAttribute("data-stage", stage.name());
            H3 title = new H3(Ui.text(SYLLABLES + stage.name()));
            Span count = Ui.withClass(new Span(), "text-secondary", "text-s");
            title.add(count);
            column.add(title);
            columnOf.put(stage, column);
            countOf.put(stage, count);
            columns.add(column);
        }
        for (VisitCard card : cards) {
            VisitTile tile = tile(card);
            columnOf.get(card.stage()).add(tile);
            shown.put(card.id(), card);
            tiles.put(card.id(), tile);
            seen.merge(card.id(), card.version(), Math::max);
        }
        counts();
    }

    /**
     * Updates only the tiles of the visits that changed: each is put where it belongs now (or taken
     * off the board). A change costs this screen one tile, and its card is read once for all screens.
     */
    void update(Collection<ChangedVisit> changes) {
        for (ChangedVisit changed : changes) {
            Optional<VisitCard> now = changed.card().filter(overview::onBoard);
            if (now.isPresent() && now.get().equals(shown.get(changed.visitId()))) {
                continue; // shown as it is already (the mover's own screen, updated with the answer)
            }
            if (now.isPresent() && now.get().version() < seen.getOrDefault(changed.visitId(), -1L)) {
                continue; // read before a change this screen already shows (its own, shown at once): not news
            }
            changed.card().ifPresent(c -> seen.put(changed.visitId(), c.version()));
            VisitTile old = tiles.remove(changed.visitId());
            if (old != null) {
                old.getParent().ifPresent(parent -> ((Div) parent).remove(old));
                shown.remove(changed.visitId());
            }
            now.ifPresent(this::place);
        }
        counts();
    }

    /** Updates the tiles of these visits, read now. */
    void update(Set<Long> visitIds) {
        update(visitIds.stream().map(id -> ChangedVisit.of(id, overview)).toList());
    }

    /** Puts a card's tile into its stage's column at its place in the board's order. */
    private void place(VisitCard card) {
        Div column = columnOf.get(card.stage());
        Comparator<VisitCard> order = VisitOverviewService.urgentFirst();
        int before = (int) shown.values().stream()
                .filter(c -> c.stage() == card.stage() && order.compare(c, card) <= 0).count();
        VisitTile tile = tile(card);
        column.addComponentAtIndex(1 + before, tile);
        shown.put(card.id(), card);
        tiles.put(card.id(), tile);
    }

    private void counts() {
        countOf.forEach((stage, count) -> count.setText(
                " " + shown.values().stream().filter(c -> c.stage() == stage).count()));
    }

    private VisitTile tile(VisitCard card) {
        Stage next = Journey.next(card.stage(), card.flags());
        return VisitTile.withMove(card, clock, next == null ? null : "→ " + Ui.text(SYLLABLES + next.name()));
    }

    /** A tap on a tile's move button: moves that car on, if it is on this board as the button showed it. */
    private void moveTapped(long visitId) {
        VisitCard card = shown.get(visitId);
        Stage next = card == null ? null : Journey.next(card.stage(), card.flags());
        if (next == Stage.CHECKED_IN) {
            // Checked in only through the check-in with the customer (its items, contacts, technician).
            checkIns.open(card, id -> update(Set.of(id)), this::refresh);
        } else if (next != null) {
            move(card, next);
        }
    }

    private void move(VisitCard card, Stage to) {
        try {
            visits.move(card.id(), card.version(), to, null, CurrentUser.actor());
            // The mover's own screen at once; the others through the broadcaster.
            update(Set.of(card.id()));
        } catch (Problem problem) {
            Ui.show(problem, messages);
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.board");
    }
}
