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
import fi.huoltopolku.visit.VisitCard;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One of the counter's sections: a title with its count over a grid of cars. Every counter on
 * every advisor's screen hears every change in the workshop, so a section changes only when its
 * cars did ({@link #show}), and its rows are data for the browser's templates (the plate's link,
 * the promise, the action button), not components built again for each row at each change; a car
 * that stays in the section keeps its row ({@link KeyedRows}).
 */
final class CounterSection extends Composite<Div> {

    private final H2 title = new H2();
    private final String id;
    private final boolean hiddenWhenEmpty;
    private final boolean arrivals;
    private final WorkshopClock clock;
    private final @Nullable String actionLabel;
    private final @Nullable Consumer<VisitCard> action;
    /** Built when the section first has cars to show (most days some sections never do). */
    private @Nullable KeyedRows<VisitCard> rows;
    private List<VisitCard> shown = List.of();
    private String shownTitle = "";

    /**
     * @param id the grid's id ({@code arrivals}, {@code ready}, …); an action's buttons have the class
     *           {@code id-action}
     * @param hiddenWhenEmpty whether the whole section is left out while it has no cars
     * @param arrivals whether the cars are still to come (their booked time, not their stage)
     */
    CounterSection(String id, boolean hiddenWhenEmpty, boolean arrivals, WorkshopClock clock,
            @Nullable String actionLabel, @Nullable Consumer<VisitCard> action) {
        this.id = id;
        this.hiddenWhenEmpty = hiddenWhenEmpty;
        this.arrivals = arrivals;
        this.clock = clock;
        this.actionLabel = actionLabel;
        this.action = action;
        title.addClassNames("text-l", "mt-m");
        getContent().add(title);
        if (!hiddenWhenEmpty) {
            rows = grid();
        }
    }

    /**
     * The section's grid. A grid is one of the heaviest things a screen holds, and one that is never
     * shown keeps everything sent to it for the browser; so a section hidden while empty builds its
     * grid only when it first has cars.
     */
    private KeyedRows<VisitCard> grid() {
        Grid<VisitCard> grid = new Grid<>();
        KeyedRows<VisitCard> keyed = new KeyedRows<>(grid, VisitCard::id);
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<VisitCard>of("<a href=\"visit/${item.id}\">${item.plate}</a>")
                        .withProperty("id", VisitCard::id).withProperty("plate", VisitCard::plate))
                .setHeader(getTranslation("field.vehicle.plate")).setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        // Widths that fit every column beside the menu on a 1024-wide tablet, both languages: the
        // texts (headers too) wrap rather than push the flags and the promise out of sight.
        grid.addColumn(VisitCard::makeAndModel).setHeader(getTranslation("counter.car")).setWidth("6.5rem").setFlexGrow(2);
        grid.addColumn(VisitCard::customerName).setHeader(getTranslation("field.customer.name")).setWidth("6.5rem")
                .setFlexGrow(2);
        if (arrivals) {
            grid.addColumn(c -> Ui.time(c.bookedAt(), clock)).setHeader(getTranslation("field.bookedAt"))
                    .setWidth("5rem").setFlexGrow(0);
        } else {
            grid.addColumn(c -> Ui.tr(c.stage()) + (c.holdReason() == null ? "" : " · " + Ui.tr(c.holdReason())))
                    .setHeader(getTranslation("counter.stage")).setWidth("5.5rem").setFlexGrow(1);
        }
        grid.addColumn(LitRenderer.<VisitCard>of("<span class=\"${item.alert ? 'promise-red' : ''}\">${item.promised}</span>")
                        .withProperty("alert", VisitCard::promiseAlert)
                        .withProperty("promised", c -> Ui.time(c.promisedAt(), clock)
                                + (c.promiseAlert() ? " · " + Ui.tr(c.promise()) : "")))
                .setHeader(getTranslation("field.promisedAt")).setWidth("6rem").setFlexGrow(1);
        grid.addColumn(c -> c.flags().stream().map(Ui::tr).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("booking.flags")).setWidth("6.5rem").setFlexGrow(2);
        Consumer<VisitCard> action = this.action;
        if (action != null) {
            grid.addColumn(LitRenderer.<VisitCard>of("<vaadin-button class=\"" + id + "-action\" theme=\"small primary\" "
                            + "@click=\"${act}\">${item.label}</vaadin-button>")
                            .withProperty("label", c -> actionLabel).withFunction("act", action::accept))
                    .setAutoWidth(true).setFlexGrow(0)
                    // On a 768-wide screen the columns between scroll, the plate and the action stay in sight.
                    .setFrozenToEnd(true);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("counter.none"));
        getContent().add(grid);
        return keyed;
    }

    /**
     * Shows these cars under this title; nothing is sent to the browser when they are the ones shown
     * already, unless {@code again} (the times shown may read differently on another day). A section
     * hidden while it has no cars is not sent anything while hidden: Vaadin keeps what is sent to a
     * hidden grid for the browser until the grid shows again, so a counter open all day would pile up
     * every change's updates of its empty sections.
     */
    void show(String titleKey, List<VisitCard> cards, boolean again) {
        String text = getTranslation(titleKey) + " (" + cards.size() + ")";
        if (!again && cards.equals(shown) && text.equals(shownTitle)) {
            return;
        }
        shown = List.copyOf(cards);
        shownTitle = text;
        boolean hidden = hiddenWhenEmpty && cards.isEmpty();
        setVisible(!hidden);
        if (!hidden) {
            title.setText(text);
            KeyedRows<VisitCard> grid = rows == null ? grid() : rows;
            rows = grid;
            grid.replace(shown);
        }
    }
}
