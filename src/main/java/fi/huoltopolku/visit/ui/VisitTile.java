package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import elemental.json.JsonValue;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.WorkStatus;
import java.util.function.LongConsumer;
import static fi.huoltopolku.base.Html.escape;

/**
 * A car as a card: plate, make and model, owner, promised time (red when at risk), flags, hold.
 *
 * <p>A board shows dozens of these on every open screen, so what is only read (the plate's link and
 * the lines under it) is one piece of escaped HTML, not a dozen server-side components each. A board
 * tile is one element in all ({@link #withMove}): its move button is HTML too, and the board has one
 * click listener for all of them. A technician's tile ({@link #VisitTile(VisitCard, WorkshopClock)})
 * keeps its actions as components (a handful of tiles, each with its dialogs).
 */
public class VisitTile extends Div {

    /** The move button's class; the board's click listener knows a move by it. */
    public static final String MOVE_BUTTON = "move-button";

    private final Div body;
    private final Div actions;

    /** What a screen's click listener reads of a tap on a tile's button of this class: the visit's id. */
    public static String tappedVisit(String buttonClass) {
        return "event.target.closest('." + buttonClass + "').dataset.visit";
    }

    /** Only taps on a button of this class are sent to the server. */
    public static String onButton(String buttonClass) {
        return "event.target.closest('." + buttonClass + "') !== null";
    }

    /**
     * Hears taps on the buttons of this class in every one-element tile inside the container (one
     * listener for all of them, not one a tile) and hands over the tapped visit's id; what the browser
     * sends is only a claim, so the screen checks the id against the tiles it shows.
     */
    public static void onTaps(Component container, String buttonClass, LongConsumer tapped) {
        String visit = tappedVisit(buttonClass);
        container.getElement().addEventListener("click", e -> {
            JsonValue id = e.getEventData().get(visit);
            long visitId;
            try {
                visitId = Long.parseLong(id == null ? "" : id.asString());
            } catch (NumberFormatException notAnId) {
                return;
            }
            tapped.accept(visitId);
        }).addEventData(visit).setFilter(onButton(buttonClass));
    }

    /** A tile whose details and actions are added as components. */
    public VisitTile(VisitCard card, WorkshopClock clock) {
        this(card, new Div(), new Div());
        body.addClassName("tile-body");
        body.getElement().setProperty("innerHTML", lines(card, clock));
        actions.addClassNames("tile-actions");
        add(body, actions);
    }

    private VisitTile(VisitCard card, Div body, Div actions) {
        this.body = body;
        this.actions = actions;
        addClassNames("visit-tile");
        if (card.promiseAlert()) {
            addClassName("promise-alert");
        }
        getElement().setAttribute("data-plate", card.plate());
        getElement().setAttribute("data-stage", card.stage().name());
    }

    /**
     * A board's tile as one element: the lines and, when the car has a next stage, a button to move
     * it there ({@link #MOVE_BUTTON}, carrying the visit's id in {@code data-visit}).
     */
    public static VisitTile withMove(VisitCard card, WorkshopClock clock, String moveLabel) {
        return oneElement(card, clock, "", moveLabel == null ? "" : "<vaadin-button class=\"" + MOVE_BUTTON
                + "\" theme=\"small primary\" data-visit=\"" + card.id() + "\">" + escape(moveLabel) + "</vaadin-button>");
    }

    /**
     * A tile as one element with the requested work under its lines and one big touch button (its
     * class {@code action}, an icon of Vaadin's set, the visit's id in {@code data-visit}): the
     * screen listens for the button's clicks once for all its tiles.
     */
    public static VisitTile withAction(VisitCard card, WorkshopClock clock, String action, String icon, String label) {
        return oneElement(card, clock, "<p class=\"text-s requested-work\">" + escape(card.requestedWork()) + "</p>",
                "<vaadin-button class=\"touch-target " + action + "\" theme=\"large\" data-visit=\"" + card.id()
                        + "\"><vaadin-icon icon=\"" + icon + "\" slot=\"prefix\"></vaadin-icon>" + escape(label)
                        + "</vaadin-button>");
    }

    private static VisitTile oneElement(VisitCard card, WorkshopClock clock, String detailHtml, String actionHtml) {
        VisitTile tile = new VisitTile(card, null, null);
        tile.getElement().setProperty("innerHTML", "<div class=\"tile-body\">" + lines(card, clock) + "</div>"
                + detailHtml + "<div class=\"tile-actions\">" + actionHtml + "</div>");
        return tile;
    }

    private static String lines(VisitCard card, WorkshopClock clock) {
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
        return html.toString();
    }

    /** Adds a line of detail above the actions. */
    public void addDetail(Component detail) {
        addComponentAtIndex(indexOf(actions), detail);
    }

    public void addAction(Component action) {
        actions.add(action);
    }

    private static void line(StringBuilder html, String classes, String text) {
        html.append("<span class=\"").append(classes).append("\">").append(escape(text)).append("</span>");
    }

    private static void badge(StringBuilder html, String variant, String text) {
        html.append("<span theme=\"badge ").append(variant).append(" small\">").append(escape(text)).append("</span>");
    }
}
