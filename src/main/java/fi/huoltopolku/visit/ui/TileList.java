package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.html.Div;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** A list of tiles in the board's order (most urgent first), changed one tile at a time. */
public final class TileList {
    public final Div list;
    private final Map<Long, VisitCard> cards = new HashMap<>();
    private final Map<Long, VisitTile> tiles = new HashMap<>();

    public TileList(Div list) {
        this.list = list;
    }

    public int size() {
        return cards.size();
    }

    public boolean contains(long visitId) {
        return cards.containsKey(visitId);
    }

    public VisitCard card(long visitId) {
        return cards.get(visitId);
    }

    public void clear() {
        list.removeAll();
        cards.clear();
        tiles.clear();
    }

    public void remove(long visitId) {
        VisitTile tile = tiles.remove(visitId);
        if (tile != null) {
            list.remove(tile);
            cards.remove(visitId);
        }
    }

    public void put(VisitCard card, VisitTile tile) {
        Comparator<VisitCard> order = VisitOverviewService.urgentFirst();
        int before = (int) cards.values().stream().filter(c -> order.compare(c, card) <= 0).count();
        list.addComponentAtIndex(before, tile);
        cards.put(card.id(), card);
        tiles.put(card.id(), tile);
    }
}
