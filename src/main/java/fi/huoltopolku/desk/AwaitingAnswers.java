package fi.huoltopolku.desk;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.data.renderer.LitRenderer;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.KeyedRows;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.VisitCard;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Counter's list of extra work waiting for the customer's answer, the longest waiting first,
 * with how long it has waited: the advisor calls (or sends the link) before the car stands idle.
 */
class AwaitingAnswers extends Composite<Div> {

    /** A line with its car, as shown. */
    record Row(ExtraWork line, VisitCard car) {
    }

    private final WorkshopClock clock;
    private final H2 title = new H2();
    /** Built when there is first a line to show (as the counter's other sections hidden while empty). */
    private @Nullable KeyedRows<Row> keyed;
    private List<Row> shown = List.of();

    AwaitingAnswers(WorkshopClock clock) {
        this.clock = clock;
        title.addClassNames("text-l", "mt-m");
        getContent().add(title);
    }

    private KeyedRows<Row> grid() {
        Grid<Row> grid = new Grid<>();
        KeyedRows<Row> rows = new KeyedRows<>(grid, r -> r.line().id());
        grid.setId("awaiting-answer");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LitRenderer.<Row>of("<a href=\"visit/${item.id}\">${item.plate}</a>")
                        .withProperty("id", r -> r.car().id()).withProperty("plate", r -> r.car().plate()))
                .setHeader(getTranslation("field.vehicle.plate")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.car().customerName()).setHeader(getTranslation("field.customer.name")).setAutoWidth(true);
        grid.addColumn(r -> r.line().what().in(getLocale())).setHeader(getTranslation("counter.extraWork")).setFlexGrow(1);
        grid.addColumn(r -> Ui.tr(r.line().urgency())).setHeader(getTranslation("counter.urgency")).setAutoWidth(true);
        grid.addColumn(r -> waited(Duration.between(r.line().flaggedAt(), clock.now())))
                .setHeader(getTranslation("counter.waited")).setAutoWidth(true).setKey("waited");
        grid.setAllRowsVisible(true);
        getContent().add(grid);
        return rows;
    }

    /** Shows these lines (of cars at hand; a line of another car is left out); hidden when there are none. */
    void show(List<ExtraWork> lines, Map<Long, VisitCard> cars, boolean again) {
        List<Row> rows = lines.stream().filter(l -> cars.containsKey(l.visitId()))
                .map(l -> new Row(l, cars.get(l.visitId()))).toList();
        if (!again && rows.equals(shown)) {
            return;
        }
        shown = rows;
        setVisible(!rows.isEmpty());
        // Nothing is sent to it while hidden (Vaadin would keep it for the browser until it shows again).
        if (!rows.isEmpty()) {
            title.setText(getTranslation("counter.awaitingAnswer") + " (" + rows.size() + ")");
            KeyedRows<Row> grid = keyed == null ? grid() : keyed;
            keyed = grid;
            grid.replace(rows);
        }
    }

    /** How long a line has waited, to the minute: "35 min", "2 h 5 min", "1 d 3 h". */
    private String waited(Duration waited) {
        long minutes = Math.max(0, waited.toMinutes());
        if (minutes < 60) {
            return getTranslation("duration.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return getTranslation("duration.hours", minutes / 60, minutes % 60);
        }
        return getTranslation("duration.days", minutes / (24 * 60), minutes / 60 % 24);
    }
}
