package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.WorkStatus;
import java.time.ZoneId;

/** A car as a card: plate, make and model, owner, promised time (red when at risk), flags, hold. */
class VisitTile extends Div {

    private final Div actions = new Div();

    VisitTile(VisitCard card, fi.huoltopolku.base.WorkshopClock clock) {
        addClassNames("visit-tile");
        if (card.promiseAlert()) {
            addClassName("promise-alert");
        }
        getElement().setAttribute("data-plate", card.plate());
        getElement().setAttribute("data-stage", card.stage().name());

        Anchor plate = new Anchor("visit/" + card.id(), card.plate());
        plate.addClassNames("plate");
        Span car = Ui.withClass(new Span(card.makeAndModel()), "text-s");
        Span owner = Ui.withClass(new Span(card.customerName()), "text-s", "text-secondary");

        Span promised = Ui.withClass(new Span(Ui.text("tile.promised", Ui.time(card.promisedAt(), clock))),
                "promise", "text-s");
        if (card.promiseAlert()) {
            promised.addClassName("promise-red");
            promised.setText(promised.getText() + " · " + Ui.tr(card.promise()));
        }

        FlexLayout badges = new FlexLayout();
        badges.addClassNames("gap-xs", "flex-wrap");
        badges.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        if (card.status() == WorkStatus.ON_HOLD && card.holdReason() != null) {
            badges.add(Ui.badge(Ui.tr(card.holdReason()), "error", "small"));
        } else if (card.status() == WorkStatus.IN_PROGRESS) {
            badges.add(Ui.badge(Ui.tr(card.status()), "success", "small"));
        }
        for (Flag flag : card.flags()) {
            badges.add(Ui.badge(Ui.tr(flag), "contrast", "small"));
        }
        Span who = Ui.withClass(new Span(card.technicianName() != null ? card.technicianName()
                : card.ownerPersonName() != null ? card.ownerPersonName() : ""), "text-xs", "text-secondary");

        actions.addClassNames("tile-actions");
        add(plate, car, owner, promised, badges, who, actions);
    }

    /** Adds a line of detail above the actions. */
    void addDetail(Component detail) {
        addComponentAtIndex(indexOf(actions), detail);
    }

    void addAction(Component action) {
        actions.add(action);
    }
}
