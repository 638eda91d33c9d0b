package fi.huoltopolku.checks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistRow;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.PostInspectionService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

/**
 * A foreman re-inspects a handed-over car: one tap per post-inspection item; a failed item can open
 * a rework note for the advisor; done when every item is answered.
 */
@Route("post-inspection")
@RolesAllowed({"FOREMAN", "MANAGER"})
@Prototype
public class PostInspectionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final ChecklistService checks;
    private final PostInspectionService inspections;
    private final VisitOverviewService overview;
    private final Messages messages;
    private final WorkshopClock clock;
    private final Div failed = new Div();
    private long visitId;
    private String title = "";

    public PostInspectionView(ChecklistService checks, PostInspectionService inspections,
            VisitOverviewService overview, Messages messages, WorkshopClock clock) {
        this.checks = checks;
        this.inspections = inspections;
        this.overview = overview;
        this.messages = messages;
        this.clock = clock;
        setMaxWidth("64rem");
        addClassNames("post-inspection-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        visitId = id;
        removeAll();
        VisitCard card;
        try {
            card = overview.card(id);
        } catch (Problem problem) {
            add(new H2(messages.text(problem, getLocale())));
            return;
        }
        title = getTranslation("postInspection.title", card.plate());
        if (!inspections.drawn(id)) {
            add(new H2(title), new Paragraph(getTranslation("checks.notSampled")));
            return;
        }
        ChecklistPanel panel = new ChecklistPanel(checks, messages, clock, id, Source.POST_INSPECTION,
                () -> checks.postInspection(id)) {
            @Override
            public void refresh() {
                super.refresh();
                showFailed();
            }
        };
        Button back = new Button(getTranslation("checklist.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.addClassNames("touch-target");
        Button done = new Button(getTranslation("postInspection.done"), VaadinIcon.CHECK_CIRCLE.create(), e -> {
            try {
                inspections.complete(id, CurrentUser.actor());
                Ui.saved("postInspection.completed", card.plate());
                getUI().ifPresent(ui -> ui.getPage().getHistory().back());
            } catch (Problem problem) {
                Ui.show(problem, messages);
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        done.addClassNames("touch-target");
        done.setId("post-inspection-done");
        add(new H2(title), Ui.withClass(new Paragraph(card.makeAndModel() + " · " + card.customerName() + " · "
                + (card.technicianName() == null ? "" : card.technicianName()) + " · " + card.requestedWork()),
                "text-s"), panel, failed, new HorizontalLayout(back, done));
        showFailed();
    }

    private void showFailed() {
        failed.removeAll();
        for (ChecklistRow row : checks.postInspection(visitId)) {
            if (row.answer() != Answer.NO) {
                continue;
            }
            Button note = new Button(getTranslation("postInspection.reworkNote"), VaadinIcon.WRENCH.create(), e -> {
                try {
                    inspections.reworkNote(visitId, row.code(), CurrentUser.actor());
                    Ui.saved("postInspection.reworkNoted");
                    e.getSource().setEnabled(false);
                } catch (Problem problem) {
                    Ui.show(problem, messages);
                }
            });
            note.addClassNames("touch-target", "rework-note");
            failed.add(new H3(row.question().in(getLocale())), note);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
