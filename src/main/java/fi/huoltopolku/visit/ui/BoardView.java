package fi.huoltopolku.visit.ui;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.CurrentUser;
import fi.huoltopolku.base.ui.MainLayout;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.visit.Journey;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitBroadcaster;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Prototype;
import java.util.List;

/** The workshop board: a column per stage, a card per car, one tap to move it; live on every screen. */
@Route(value = "board", layout = MainLayout.class)
@RolesAllowed({"ADVISOR", "TECHNICIAN", "FOREMAN", "MANAGER"})
@Prototype
public class BoardView extends Div implements HasDynamicTitle {

    private final VisitOverviewService overview;
    private final VisitService visits;
    private final WorkshopClock clock;
    private final Messages messages;
    private final Div columns = new Div();

    public BoardView(VisitOverviewService overview, VisitService visits, WorkshopClock clock, Messages messages,
            VisitBroadcaster broadcaster) {
        this.overview = overview;
        this.visits = visits;
        this.clock = clock;
        this.messages = messages;
        addClassNames("board-view");
        columns.addClassNames("board-columns");
        add(columns);
        refresh();
        LiveUpdates.keepFresh(this, broadcaster, this::refresh);
    }

    void refresh() {
        columns.removeAll();
        List<VisitCard> cards = overview.board();
        for (Stage stage : VisitOverviewService.BOARD_STAGES) {
            Div column = new Div();
            column.addClassNames("board-column");
            column.getElement().setAttribute("data-stage", stage.name());
            List<VisitCard> inStage = cards.stream().filter(c -> c.stage() == stage).toList();
            H3 title = new H3(Ui.tr(stage));
            title.add(Ui.withClass(new Span(" " + inStage.size()), "text-secondary", "text-s"));
            column.add(title);
            for (VisitCard card : inStage) {
                column.add(tile(card));
            }
            columns.add(column);
        }
    }

    private VisitTile tile(VisitCard card) {
        VisitTile tile = new VisitTile(card, clock);
        Stage next = Journey.next(card.stage(), card.flags());
        if (next != null) {
            Button move = new Button("→ " + Ui.tr(next), e -> move(card, next));
            move.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            move.addClassNames("move-button");
            tile.addAction(move);
        }
        return tile;
    }

    private void move(VisitCard card, Stage to) {
        try {
            visits.move(card.id(), card.version(), to, null, CurrentUser.actor());
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
