package fi.huoltopolku.desk;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.customer.VehicleMatch;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The counter's search hits: a hit opens the car's whole history (visits, declined work, contacts,
 * answers, open cases), books it again or opens a customer matter. The grid is built at the first
 * search: a counter open all day may never search, and a hidden grid still costs the screen.
 */
final class SearchResults extends Composite<Div> {

    private final Consumer<VehicleMatch> bookAgain;
    private final Consumer<VehicleMatch> newMatter;
    private @Nullable Grid<VehicleMatch> grid;

    SearchResults(Consumer<VehicleMatch> bookAgain, Consumer<VehicleMatch> newMatter) {
        this.bookAgain = bookAgain;
        this.newMatter = newMatter;
        // As wide as the counter, as the grid was on its own: its columns scroll inside, not off the screen.
        getContent().setWidthFull();
        setVisible(false);
    }

    /** Shows these hits; hidden while nothing is searched for. */
    void show(List<VehicleMatch> found, boolean searching) {
        setVisible(searching);
        if (!searching && grid == null) {
            return;
        }
        Grid<VehicleMatch> shown = grid == null ? grid() : grid;
        grid = shown;
        shown.setItems(found);
    }

    private Grid<VehicleMatch> grid() {
        Grid<VehicleMatch> matches = new Grid<>();
        matches.addColumn(LitRenderer.<VehicleMatch>of(
                        "<a class=\"history-link\" href=\"vehicle/${item.id}\" title=\"${item.hint}\">${item.plate}</a>")
                        .withProperty("id", VehicleMatch::vehicleId).withProperty("plate", VehicleMatch::plate)
                        .withProperty("hint", m -> getTranslation("history.open")))
                .setHeader(getTranslation("field.vehicle.plate")).setAutoWidth(true);
        matches.addColumn(m -> m.make() + " " + m.model()).setHeader(getTranslation("counter.car")).setAutoWidth(true);
        matches.addColumn(VehicleMatch::customerName).setHeader(getTranslation("field.customer.name")).setAutoWidth(true);
        matches.addColumn(m -> Phones.shown(m.phone())).setHeader(getTranslation("field.customer.phone"));
        matches.addComponentColumn(m -> {
            Button again = new Button(getTranslation("counter.bookThis"), e -> bookAgain.accept(m));
            again.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button matter = new Button(getTranslation("matter.new"), e -> newMatter.accept(m));
            matter.addThemeVariants(ButtonVariant.LUMO_SMALL);
            matter.addClassName("new-matter");
            return new HorizontalLayout(again, matter);
        }).setKey("actions").setAutoWidth(true);
        matches.addThemeVariants(GridVariant.LUMO_COMPACT);
        matches.setAllRowsVisible(true);
        matches.setEmptyStateText(getTranslation("counter.noMatches"));
        matches.setId("search-results");
        getContent().add(matches);
        return matches;
    }
}
