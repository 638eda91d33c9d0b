package fi.huoltopolku.desk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.approval.ApprovalService;
import fi.huoltopolku.approval.ui.ExtraWorkSection;
import fi.huoltopolku.base.Localized;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.TextDialog;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.CheckInService;
import fi.huoltopolku.checks.CheckItemService;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.ui.CheckInDialog;
import fi.huoltopolku.checks.ui.VisitChecks;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.people.ui.HandoffDialog;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.survey.InvitationService;
import fi.huoltopolku.survey.SurveyService;
import fi.huoltopolku.survey.ui.CustomerSaysSection;
import fi.huoltopolku.theme.ThemeService;
import fi.huoltopolku.visit.ChangedVisit;
import fi.huoltopolku.visit.CustomerContacts;
import fi.huoltopolku.visit.ExtraWorkPhotos;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.HoldReason;
import fi.huoltopolku.visit.Journey;
import fi.huoltopolku.visit.Rework;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitBroadcaster;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitDetails;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.WorkStatus;
import fi.huoltopolku.visit.ui.ContactsSection;
import fi.huoltopolku.visit.ui.LiveUpdates;
import fi.huoltopolku.visit.ui.Timeline;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
/** Everything about one car's visit: the car and customer, flags, moves, extra work, contacts, timeline. */
@Route("visit")
@RolesAllowed({"ADVISOR", "TECHNICIAN", "FOREMAN", "MANAGER"})
@Prototype
public class VisitView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final VisitOverviewService overview;
    private final VisitService visits;
    private final ExtraWorkService extraWork;
    private final CustomerContacts customerContacts;
    private final Rework rework;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final Messages messages;
    private final ChecklistService checks;
    private final CheckItemService templates;
    private final InvitationService invitations;
    private final SurveyService surveys;
    private final ThemeService themes;
    private final CheckInDialog checkIns;
    private final CheckInService checkInService;
    private final ApprovalService approvals;
    private final ExtraWorkPhotos photos;
    private final CustomerService customers;
    private long visitId;
    private String title = "";

    public VisitView(VisitOverviewService overview, VisitService visits, PeopleService people, WorkshopClock clock,
            Messages messages, VisitBroadcaster broadcaster, ChecklistService checks, CheckItemService templates,
            InvitationService invitations, SurveyService surveys, ThemeService themes, CheckInDialog checkIns,
            CheckInService checkInService, ApprovalService approvals,
            ExtraWorkPhotos photos, CustomerService customers, ExtraWorkService extraWork,
            CustomerContacts customerContacts, Rework rework) {
        this.extraWork = extraWork;
        this.customerContacts = customerContacts;
        this.rework = rework;
        this.customers = customers;
        this.photos = photos;
        this.approvals = approvals;
        this.checkIns = checkIns;
        this.checkInService = checkInService;
        this.invitations = invitations;
        this.surveys = surveys;
        this.themes = themes;
        this.checks = checks;
        this.templates = templates;
        this.overview = overview;
        this.visits = visits;
        this.people = people;
        this.clock = clock;
        this.messages = messages;
        addClassNames("visit-view");
        setMaxWidth("72rem");
        // Read again when this visit changes (a change of another visit leaves the page as it is).
        LiveUpdates.keepFresh(this, broadcaster, clock, (Collection<ChangedVisit> changes) -> {
            if (changes.stream().anyMatch(changed -> changed.visitId() == visitId)) {
                refresh();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        visitId = id;
        refresh();
    }

    void refresh() {
        removeAll();
        VisitDetails details;
        try {
            details = overview.details(visitId);
        } catch (Problem problem) {
            add(new H1(messages.text(problem, getLocale())));
            return;
        }
        VisitCard card = details.card();
        title = card.plate() + " · " + card.makeAndModel();
        header(card);
        actions(card);
        if (card.stage() != Stage.CLOSED) {
            add(new VisitChecks(card, checks, templates, messages, clock, this::attempt, this::refresh));
        }
        add(new CustomerSaysSection(card, invitations, surveys, themes, clock, this::attempt, this::refresh));
        add(new ExtraWorkSection(card, details, extraWork, overview, photos, approvals, messages, clock, this::attempt,
                this::refresh));
        add(new ContactsSection(details, customerContacts, clock, this::attempt));
        add(new Timeline(details.timeline(), people.departments(), clock));
    }

    private void header(VisitCard card) {
        H1 plate = new H1(card.plate());
        plate.addClassNames("plate", "m-0");
        Span car = new Span(card.makeAndModel() + (card.modelYear() == null ? "" : " (" + card.modelYear() + ")"));
        Span stage = Ui.badge(Ui.tr(card.stage()), "primary");
        stage.setId("visit-stage");
        Span status = Ui.badge(Ui.tr(card.status()) + (card.holdReason() == null ? "" : ": " + Ui.tr(card.holdReason())),
                card.holdReason() == null ? "contrast" : "error");
        HorizontalLayout top = new HorizontalLayout(plate, car, stage, status);
        top.setAlignItems(Alignment.BASELINE);
        top.getStyle().set("flex-wrap", "wrap");

        Span promised = new Span(getTranslation("field.promisedAt") + ": " + Ui.fullTime(card.promisedAt(), clock.zone()));
        if (card.promiseAlert()) {
            promised.addClassName("promise-red");
            promised.setText(promised.getText() + " · " + Ui.tr(card.promise()));
        }
        // Contacts for those who contact customers; a technician's work needs the name only.
        boolean contacts = CurrentUser.has(Role.ADVISOR, Role.FOREMAN, Role.MANAGER);
        Paragraph customer = new Paragraph(card.customerName()
                + (!contacts || card.customerPhone() == null ? "" : " · " + Phones.shown(card.customerPhone()))
                + (!contacts || card.customerEmail() == null ? "" : " · " + card.customerEmail()));
        Paragraph owner = new Paragraph(getTranslation("visit.owner") + ": "
                + people.department(card.ownerDepartmentCode()).name(getLocale())
                + (card.ownerPersonName() == null ? "" : " / " + card.ownerPersonName())
                + " · " + getTranslation("field.advisor") + ": " + (card.advisorName() == null ? "–" : card.advisorName())
                + " · " + getTranslation("field.technician") + ": "
                + (card.technicianName() == null ? "–" : card.technicianName()));
        owner.addClassNames("text-s", "text-secondary");
        FlexLayout flags = new FlexLayout();
        flags.addClassNames("gap-xs");
        for (Flag flag : card.flags()) {
            flags.add(Ui.badge(Ui.tr(flag), "contrast"));
        }
        Paragraph work = new Paragraph(getTranslation("field.requestedWork") + ": " + card.requestedWork());
        work.setId("requested-work");
        if (contacts && card.stage().beforeHandover()) {
            Button change = new Button(getTranslation("visit.changePromise"), e -> new PromiseDialog(card,
                    card.customerPhone() != null || card.customerEmail() != null
                            ? !customers.customer(card.customerId()).contactDeclined() : false,
                    visits, clock, messages, this::refresh).open());
            change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            change.setId("change-promise");
            promised.add(change);
        }
        add(top, customer, promised, flags, work, owner);
        comeback(card);
    }

    /** A comeback for the same complaint points at the earlier visit of the same car. */
    private void comeback(VisitCard card) {
        Long earlierId = overview.visit(card.id()).getComebackOfId();
        if (earlierId != null) {
            VisitCard earlier = overview.card(earlierId);
            Paragraph marked = new Paragraph(getTranslation("visit.isComeback", Ui.fullTime(earlier.bookedAt(),
                    clock.zone()), earlier.requestedWork()));
            marked.addClassNames("promise-red", "m-0");
            add(marked);
            return;
        }
        List<VisitCard> earlier = overview.history(card.vehicleId()).stream()
                .filter(v -> v.id() != card.id() && v.bookedAt().isBefore(card.bookedAt())
                        && v.stage().ordinal() >= Stage.FOLLOW_UP.ordinal())
                .toList();
        if (earlier.isEmpty() || card.stage() == Stage.CLOSED) {
            return;
        }
        ComboBox<VisitCard> of = new ComboBox<>(getTranslation("field.comebackOf"));
        of.setItems(earlier);
        of.setItemLabelGenerator(v -> Ui.fullTime(v.bookedAt(), clock.zone()) + " · " + v.requestedWork());
        of.setHelperText(getTranslation("visit.comebackHelp"));
        of.setWidth("32rem");
        of.setId("comeback-of");
        of.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                attempt(() -> rework.markComeback(card.id(), card.version(), e.getValue().id(), CurrentUser.actor()));
            }
        });
        add(of);
    }

    private void actions(VisitCard card) {
        // A car that reached the workshop without its check-in done (over the API): what is missing.
        List<Localized> missing = checkInService.missing(card);
        if (!missing.isEmpty()) {
            Paragraph open = new Paragraph(getTranslation("checkIn.missingHere", missing.stream()
                    .map(m -> m.in(getLocale())).collect(Collectors.joining(", "))));
            open.addClassNames("promise-red");
            open.setId("check-in-missing");
            // Once the items below are answered: back to the workshop, where the tablet can start it.
            Button finished = new Button(getTranslation("checkIn.finish"), e -> attempt(() -> checkInService.finish(
                    card.id(), card.version(), StoredText.of("checkIn.finishedNote"), CurrentUser.actor())));
            finished.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            finished.setId("check-in-finish");
            add(open, finished);
        }
        HorizontalLayout bar = new HorizontalLayout();
        bar.getStyle().set("flex-wrap", "wrap");
        // The counter's stages (booked, ready, follow-up) are not a technician's to move (the service refuses).
        boolean technicianOnly = CurrentUser.has(Role.TECHNICIAN) && !CurrentUser.has(Role.ADVISOR, Role.FOREMAN,
                Role.MANAGER);
        if (technicianOnly && (!card.stage().inHouse() || card.stage() == Stage.READY)) {
            return;
        }
        Stage next = Journey.next(card.stage(), card.flags());
        if (next != null) {
            // Checked in only through the check-in with the customer (its items, contacts, technician).
            Button move = new Button("→ " + Ui.tr(next), e -> {
                if (next == Stage.CHECKED_IN) {
                    checkIns.open(card, id -> refresh(), this::refresh);
                } else {
                    attempt(() -> visits.move(card.id(), card.version(), next, null, CurrentUser.actor()));
                }
            });
            move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            move.setId("move-next");
            bar.add(move);
        }
        if (card.stage() == Stage.QUALITY_CHECK) {
            bar.add(new Button(getTranslation("myJobs.sendBack"), e -> noteDialog("myJobs.reworkWhat",
                    note -> visits.move(card.id(), card.version(), Stage.IN_WORK, note, CurrentUser.actor()))));
        }
        if (card.stage() == Stage.BOOKED) {
            bar.add(new Button(getTranslation("visit.cancelBooking"), e -> noteDialog("field.reason",
                    note -> visits.move(card.id(), card.version(), Stage.CLOSED, note, CurrentUser.actor()))));
        }
        if (card.stage().inHouse() || card.stage() == Stage.BOOKED) {
            Select<HoldReason> hold = new Select<>();
            hold.setPlaceholder(getTranslation("myJobs.hold"));
            hold.setAriaLabel(getTranslation("myJobs.hold"));
            hold.setItems(HoldReason.values());
            hold.setItemLabelGenerator(Ui::tr);
            hold.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    attempt(() -> visits.hold(card.id(), card.version(), e.getValue(), null, CurrentUser.actor()));
                }
            });
            bar.add(hold);
            // A booked car has not arrived: no work starts on it (the check-in comes first); a ready car's work is done.
            if (card.stage() != Stage.BOOKED && card.stage() != Stage.READY
                    && card.status() != WorkStatus.IN_PROGRESS) {
                bar.add(new Button(getTranslation(card.status() == WorkStatus.ON_HOLD
                        ? "myJobs.resume" : "myJobs.start"),
                        e -> attempt(() -> visits.start(card.id(), card.version(), CurrentUser.actor()))));
            }
            ComboBox<Person> technician = new ComboBox<>();
            technician.setPlaceholder(getTranslation("field.technician"));
            technician.setAriaLabel(getTranslation("field.technician"));
            technician.setItems(people.withRole(Role.TECHNICIAN));
            technician.setItemLabelGenerator(Person::fullName);
            technician.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    attempt(() -> visits.assignTechnician(card.id(), card.version(), e.getValue().id(),
                            CurrentUser.actor()));
                }
            });
            bar.add(technician);
        }
        if (card.stage() != Stage.CLOSED) {
            bar.add(new Button(getTranslation("visit.handOff"), e -> openHandoff(card)));
        }
        add(bar);
    }

    private void openHandoff(VisitCard card) {
        new HandoffDialog(getTranslation("visit.handOff") + ": " + card.plate(), people, messages,
                (department, person, reason) -> visits.handOff(card.id(), card.version(), department, person, reason,
                        CurrentUser.actor())).open();
    }

    private void noteDialog(String labelKey, Consumer<String> action) {
        TextDialog.ask(getTranslation(labelKey), getTranslation(labelKey), messages, action, this::refresh);
    }

    /** Runs a change of this visit and shows it at once (other screens get it through the broadcaster). */
    private void attempt(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (Problem problem) {
            Ui.show(problem, messages);
            if (problem.kind() == Problem.Kind.CONFLICT) {
                refresh();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
