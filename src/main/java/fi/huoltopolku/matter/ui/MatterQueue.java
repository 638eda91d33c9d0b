package fi.huoltopolku.matter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.TextDialog;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.matter.MatterCard;
import fi.huoltopolku.matter.MatterService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.ui.HandoffDialog;
import fi.huoltopolku.security.ui.CurrentUser;
import java.util.List;

/**
 * The open customer matters of the person using the screen (theirs and their department's),
 * each handed over or closed from here.
 */
public class MatterQueue extends VerticalLayout {

    private final MatterService matters;
    private final PeopleService people;
    private final Messages messages;
    private final WorkshopClock clock;
    private final Div cards = new Div();
    private final H2 title = new H2();

    public MatterQueue(MatterService matters, PeopleService people, Messages messages, WorkshopClock clock) {
        this.matters = matters;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
        setPadding(false);
        setSpacing(false);
        title.addClassNames("mt-m");
        cards.setId("matters");
        cards.addClassNames("job-grid");
        add(title, cards);
        refresh();
    }

    public void refresh() {
        List<MatterCard> open = CurrentUser.get().map(matters::queue).orElse(List.of());
        title.setText(getTranslation("matter.queue", open.size()));
        cards.removeAll();
        open.forEach(m -> cards.add(card(m)));
        setVisible(!open.isEmpty());
    }

    private Div card(MatterCard m) {
        Div card = new Div();
        card.addClassNames("visit-tile", "matter-card");
        Span customer = Ui.withClass(new Span(m.customerName() + (m.phone() == null ? "" : " · " + Phones.shown(m.phone()))),
                "font-bold");
        Paragraph subject = Ui.withClass(new Paragraph(m.subject()), "m-0");
        Span opened = Ui.withClass(new Span(Ui.tr(m.channel()) + " · " + Ui.time(m.openedAt(), clock) + " · "
                + m.openedBy()), "text-xs", "text-secondary");
        Span owner = Ui.withClass(new Span(getTranslation("visit.owner") + ": " + (m.ownerPersonName() == null
                ? getTranslation("matter.department", m.ownerDepartmentCode()) : m.ownerPersonName())),
                "text-xs", "text-secondary");
        card.add(customer, subject, opened, owner);
        if (m.lastNote() != null) {
            card.add(Ui.withClass(new Span("“" + m.lastNote() + "”"), "text-s", "matter-note"));
        }
        Button handOff = new Button(getTranslation("visit.handOff"), e -> new HandoffDialog(
                getTranslation("visit.handOff") + ": " + m.subject(), people, messages,
                (department, person, reason) -> {
                    matters.handOff(m.id(), m.version(), department, person, reason, CurrentUser.actor());
                    refresh();
                }).open());
        handOff.addClassNames("touch-target", "handoff-matter");
        Button close = new Button(getTranslation("matter.close"), e -> openClose(m));
        close.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        close.addClassNames("touch-target", "close-matter");
        Div actions = new Div(handOff, close);
        actions.addClassNames("tile-actions");
        card.add(actions);
        return card;
    }

    private void openClose(MatterCard matter) {
        TextDialog.ask(getTranslation("matter.close") + ": " + matter.subject(), getTranslation("field.resolution"),
                messages, text -> matters.close(matter.id(), matter.version(), text, CurrentUser.actor()), this::refresh);
    }
}
