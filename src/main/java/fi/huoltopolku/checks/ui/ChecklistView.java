package fi.huoltopolku.checks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.Journey;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

/**
 * The tablet checklist of a car's current stage: one tap per answer, then on to the next stage
 * (refused, with the list, while mandatory items are open).
 */
@Route("checklist")
@RolesAllowed({"ADVISOR", "TECHNICIAN", "FOREMAN", "MANAGER"})
@Prototype
public class ChecklistView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ChecklistService checks;
    private final VisitOverviewService overview;
    private final VisitService visits;
    private final Messages messages;
    private final WorkshopClock clock;
    private long visitId;
    private String title = "";

    public ChecklistView(ChecklistService checks, VisitOverviewService overview, VisitService visits,
            Messages messages, WorkshopClock clock) {
        this.checks = checks;
        this.overview = overview;
        this.visits = visits;
        this.messages = messages;
        this.clock = clock;
        addClassNames("checklist-view");
        setMaxWidth("64rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        visitId = id;
        refresh();
    }

    private void refresh() {
        removeAll();
        VisitCard card;
        try {
            card = overview.card(visitId);
        } catch (Problem problem) {
            add(new H2(messages.text(problem, getLocale())));
            return;
        }
        Stage stage = card.stage();
        title = getTranslation("checklist.title", card.plate(), Ui.tr(stage));
        H2 heading = new H2(title);
        heading.addClassNames("m-0");
        Paragraph car = Ui.withClass(new Paragraph(card.makeAndModel() + " · " + card.customerName() + " · "
                + card.requestedWork()), "text-s", "m-0");
        ChecklistPanel panel = new ChecklistPanel(checks, messages, clock, visitId, Source.PROCESS,
                () -> checks.checklist(visitId, stage));
        Button back = new Button(getTranslation("checklist.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.addClassNames("touch-target");
        HorizontalLayout actions = new HorizontalLayout(back);
        Stage next = Journey.next(stage, card.flags());
        if (next != null && stage != Stage.CLOSED) {
            Button onwards = new Button(getTranslation("checklist.onwards", Ui.tr(next)), VaadinIcon.ARROW_RIGHT.create(),
                    e -> {
                        try {
                            VisitCard now = overview.card(visitId);
                            visits.move(visitId, now.version(), next, null, CurrentUser.actor());
                            Ui.saved("checklist.moved", card.plate(), Ui.tr(next));
                            getUI().ifPresent(ui -> ui.getPage().getHistory().back());
                        } catch (Problem problem) {
                            Ui.show(problem, messages);
                            panel.refresh();
                        }
                    });
            onwards.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            onwards.addClassNames("touch-target");
            onwards.setId("checklist-onwards");
            actions.add(onwards);
        }
        add(heading, car, panel, actions);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
