package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a grid that live updates replace whole, each row known by its identity (a visit's
 * id), not by its value. A grid remembers, for each update it sends, the rows that update removed
 * until the browser confirms it; with {@code setItems} every row of every update is "removed" and
 * comes back under a new key, so a browser that falls behind (a stalled tab, a starved PC) made the
 * screen hold every update's whole list until it was let go. Here a row that stays keeps its key
 * (and its item is refreshed in place), so only the rows that really left are held.
 */
public final class KeyedRows<T> {

    private final List<T> rows = new ArrayList<>();
    private final ListDataProvider<T> provider;

    public KeyedRows(Grid<T> grid, ValueProvider<T, ?> identity) {
        provider = new ListDataProvider<>(rows) {
            @Override
            public Object getId(T item) {
                return identity.apply(item);
            }
        };
        grid.setItems(provider);
    }

    /** Shows these rows instead of the ones shown. */
    public void replace(List<T> items) {
        rows.clear();
        rows.addAll(items);
        provider.refreshAll();
    }
}
