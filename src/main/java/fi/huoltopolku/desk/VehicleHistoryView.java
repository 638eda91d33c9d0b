package fi.huoltopolku.desk;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.feedback.CaseStatus;
import fi.huoltopolku.feedback.FeedbackCard;
import fi.huoltopolku.feedback.FeedbackService;
import fi.huoltopolku.matter.MatterCard;
import fi.huoltopolku.matter.MatterService;
import fi.huoltopolku.matter.MatterStatus;
import fi.huoltopolku.site.Sites;
import fi.huoltopolku.survey.SurveyResponse;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.visit.CustomerContact;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VehicleHistory;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A car and its owner, with everything the workshop knows of them, where the one search leads:
 * every visit with its stage and outcome, extra work declined earlier (to offer again), contacts,
 * survey answers, open feedback cases and the customer's open matters.
 */
@Route("vehicle")
@RolesAllowed({"ADVISOR", "FOREMAN", "MANAGER"})
@Prototype
public class VehicleHistoryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CustomerService customers;
    private final VisitOverviewService overview;
    private final SurveyService surveys;
    private final FeedbackService feedback;
    private final MatterService matters;
    private final WorkshopClock clock;
    private final Messages messages;
    private final Sites sites;
    private String title = "";

    public VehicleHistoryView(CustomerService customers, VisitOverviewService overview, SurveyService surveys,
            FeedbackService feedback, MatterService matters, WorkshopClock clock, Messages messages, Sites sites) {
        this.sites = sites;
        this.customers = customers;
        this.overview = overview;
        this.surveys = surveys;
        this.feedback = feedback;
        this.matters = matters;
        this.clock = clock;
        this.messages = messages;
        addClassNames("vehicle-history-view");
        setMaxWidth("72rem");
    }

    @Override
    public void setParameter(BeforeEvent event, Long vehicleId) {
        removeAll();
        VehicleMatch car;
        try {
            car = customers.vehicle(vehicleId);
        } catch (Problem problem) {
            add(new H1(messages.text(problem, getLocale())));
            return;
        }
        title = car.plate() + " · " + car.make() + " " + car.model();
        H1 plate = new H1(car.plate());
        plate.addClassNames("plate", "m-0");
        add(plate, new Paragraph(car.make() + " " + car.model() + (car.modelYear() == null ? "" : " (" + car.modelYear() + ")")),
                Ui.withClass(new Paragraph(car.customerName()
                        + (car.phone() == null ? "" : " · " + Phones.shown(car.phone()))
                        + (car.email() == null ? "" : " · " + car.email())), "font-bold", "vehicle-owner"));
        VehicleHistory history = overview.vehicleHistory(vehicleId);
        declined(history);
        visits(history);
        answers(history);
        contacts(history);
        openCases(history, car.customerId());
    }

    /** Declined extra work stays on file: offered again at the next booking and check-in. */
    private void declined(VehicleHistory history) {
        if (history.declined().isEmpty()) {
            return;
        }
        add(new H2(getTranslation("history.declined")));
        Map<Long, VisitCard> byId = byId(history);
        Div list = new Div();
        list.setId("declined-work");
        for (ExtraWork line : history.declined()) {
            VisitCard visit = byId.get(line.visitId());
            list.add(Ui.withClass(new Paragraph(Ui.fullTime(visit.bookedAt(), clock.zone()) + " · " + line.what().in(getLocale())
                    + (line.reason() == null ? "" : " (" + line.reason() + ")") + " · " + Ui.tr(line.urgency())),
                    "m-0", "declined-line"));
        }
        add(list);
    }

    private void visits(VehicleHistory history) {
        add(new H2(getTranslation("history.visits", history.visits().size())));
        Grid<VisitCard> grid = new Grid<>();
        grid.setId("history-visits");
        grid.addColumn(LitRenderer.<VisitCard>of("<a href=\"visit/${item.id}\">${item.booked}</a>")
                        .withProperty("id", VisitCard::id).withProperty("booked", c -> Ui.fullTime(c.bookedAt(), clock.zone())))
                .setHeader(getTranslation("field.bookedAt")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(VisitCard::requestedWork).setHeader(getTranslation("field.requestedWork")).setFlexGrow(1);
        grid.addColumn(c -> outcome(history, c)).setHeader(getTranslation("history.outcome")).setAutoWidth(true);
        grid.addColumn(c -> c.advisorName() == null ? "–" : c.advisorName()).setHeader(getTranslation("field.advisor"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(history.visits());
        add(grid);
        elsewhere(history);
    }

    /** The car's visits at the group's other sites: where and when only (their details are that site's). */
    private void elsewhere(VehicleHistory history) {
        if (history.elsewhere().isEmpty()) {
            return;
        }
        Div list = new Div();
        list.setId("history-elsewhere");
        for (VehicleHistory.Elsewhere visit : history.elsewhere()) {
            list.add(Ui.withClass(new Paragraph(Ui.fullTime(visit.bookedAt(), clock.zone()) + " · "
                    + getTranslation("history.elsewhere", sites.name(visit.siteId()))), "m-0", "elsewhere-line"));
        }
        add(list);
    }

    /** Where the visit stands or how it ended: handed over, cancelled, or its stage now. */
    private String outcome(VehicleHistory history, VisitCard card) {
        if (card.stage() == Stage.CLOSED) {
            return getTranslation(history.handedOver(card.id()) ? "history.handedOver" : "history.cancelled");
        }
        return Ui.tr(card.stage());
    }

    private void answers(VehicleHistory history) {
        Map<Long, VisitCard> byId = byId(history);
        List<SurveyResponse> responses = history.visits().stream().flatMap(v -> surveys.responses(v.id()).stream())
                .toList();
        if (responses.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("history.answers")));
        for (SurveyResponse r : responses) {
            add(Ui.withClass(new Paragraph(Ui.fullTime(r.answeredAt(), clock.zone()) + " · "
                    + byId.get(r.visitId()).requestedWork() + " · " + getTranslation("history.overall", r.overall())
                    + (r.nps() == null ? "" : " · NPS " + r.nps())
                    + (r.comment() == null ? "" : " · “" + r.comment() + "”")), "text-s", "m-0", "survey-answer"));
        }
    }

    private void contacts(VehicleHistory history) {
        if (history.contacts().isEmpty()) {
            return;
        }
        add(new H2(getTranslation("visit.contacts")));
        for (CustomerContact contact : history.contacts()) {
            add(Ui.withClass(new Paragraph(Ui.fullTime(contact.at(), clock.zone()) + " · " + Ui.tr(contact.channel())
                    + " · " + Ui.tr(contact.direction()) + " · " + contact.staffName() + ": " + contact.summary()),
                    "text-s", "m-0", "contact-entry"));
        }
    }

    /** Feedback cases of the car's visits not yet resolved, and the customer's open matters. */
    private void openCases(VehicleHistory history, long customerId) {
        List<FeedbackCard> cases = history.visits().stream().flatMap(v -> feedback.ofVisit(v.id()).stream())
                .filter(c -> c.status() != CaseStatus.RESOLVED).toList();
        List<MatterCard> open = matters.ofCustomer(customerId).stream()
                .filter(m -> m.status() != MatterStatus.CLOSED).toList();
        if (cases.isEmpty() && open.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("history.openCases")));
        for (FeedbackCard c : cases) {
            add(Ui.withClass(new Paragraph(Ui.fullTime(c.openedAt(), clock.zone()) + " · " + getTranslation("history.feedbackCase")
                    + " · " + Ui.tr(c.status()) + (c.comment() == null ? "" : " · “" + c.comment() + "”")
                    + (c.ownerName() == null ? "" : " · " + c.ownerName())), "text-s", "m-0", "open-case"));
        }
        for (MatterCard m : open) {
            add(Ui.withClass(new Paragraph(Ui.fullTime(m.openedAt(), clock.zone()) + " · " + getTranslation("history.matter")
                    + " · " + m.subject() + (m.ownerPersonName() == null ? "" : " · " + m.ownerPersonName())),
                    "text-s", "m-0", "open-matter"));
        }
    }

    private static Map<Long, VisitCard> byId(VehicleHistory history) {
        return history.visits().stream().collect(Collectors.toMap(VisitCard::id, Function.identity()));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
