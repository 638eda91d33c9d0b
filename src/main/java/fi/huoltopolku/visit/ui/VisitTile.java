package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.WorkStatus;
import static fi.huoltopolku.base.Html.escape;

/**
 * A car as a card: plate, make and model, owner, promised time (red when at risk), flags, hold.
 *
 * <p>A board shows dozens of these on every open screen, so what is only read (the plate's link and
 * the lines under it) is one piece of escaped HTML, not a dozen server-side components each: a tile
 * costs the server a few components (itself, its body, its actions) instead of some twenty.
 */
class VisitTile extends Div {

    private final Div body = new Div();
    private final Div actions = new Div();

    VisitTile(VisitCard card, fi.huoltopolku.base.WorkshopClock clock) {
        addClassNames("visit-tile");
        if (card.promiseAlert()) {
            addClassName("promise-alert");
        }
        getElement().setAttribute("data-plate", card.plate());
        getElement().setAttribute("data-stage", card.stage().name());

        StringBuilder html = new StringBuilder(512);
        html.append("<a class=\"plate\" href=\"visit/").append(card.id()).append("\">").append(escape(card.plate()))
                .append("</a>");
        line(html, "text-s", card.makeAndModel());
        line(html, "text-s text-secondary", card.customerName());
        String promised = Ui.text("tile.promised", Ui.time(card.promisedAt(), clock));
        if (card.promiseAlert()) {
            line(html, "promise text-s promise-red", promised + " · " + Ui.tr(card.promise()));
        } else {
            line(html, "promise text-s", promised);
        }
        html.append("<div class=\"flex gap-xs flex-wrap\">");
        if (card.status() == WorkStatus.ON_HOLD && card.holdReason() != null) {
            badge(html, "error", Ui.tr(card.holdReason()));
        } else if (card.status() == WorkStatus.IN_PROGRESS) {
            badge(html, "success", Ui.tr(card.status()));
        }
        for (Flag flag : card.flags()) {
            badge(html, "contrast", Ui.tr(flag));
        }
        html.append("</div>");
        line(html, "text-xs text-secondary", card.technicianName() != null ? card.technicianName()
                : card.ownerPersonName() != null ? card.ownerPersonName() : "");
        body.addClassName("tile-body");
        body.getElement().setProperty("innerHTML", html.toString());

        actions.addClassNames("tile-actions");
        add(body, actions);
    }

    /** Adds a line of detail above the actions. */
    void addDetail(Component detail) {
        addComponentAtIndex(indexOf(actions), detail);
    }

    void addAction(Component action) {
        actions.add(action);
    }

    private static void line(StringBuilder html, String classes, String text) {
        html.append("<span class=\"").append(classes).append("\">").append(escape(text)).append("</span>");
    }

    private static void badge(StringBuilder html, String variant, String text) {
        html.append("<span theme=\"badge ").append(variant).append(" small\">").append(escape(text)).append("</span>");
    }
}
