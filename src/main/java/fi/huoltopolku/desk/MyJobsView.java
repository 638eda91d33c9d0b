package fi.huoltopolku.desk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fi.huoltopolku.base.Localized;
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.checks.CheckInService;
import fi.huoltopolku.checks.ChecklistRow;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.PostInspectionService;
import fi.huoltopolku.checks.ui.ChecklistView;
import fi.huoltopolku.checks.ui.PostInspectionView;
import fi.huoltopolku.matter.MatterService;
import fi.huoltopolku.matter.ui.MatterQueue;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.ChangedVisit;
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.ExtraWorkPhotos;
import fi.huoltopolku.visit.ExtraWorkService;
import fi.huoltopolku.visit.HoldReason;
import fi.huoltopolku.visit.Journey;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitBroadcaster;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.WorkStatus;
import fi.huoltopolku.visit.ui.LiveUpdates;
import fi.huoltopolku.visit.ui.TileList;
import fi.huoltopolku.visit.ui.VisitTile;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The technician's jobs on the shared workshop tablet: big targets and no typing on the common
 * path: start, hold with a reason, flag extra work, done. Free jobs can be taken with one tap;
 * a foreman also sees the quality-check queue.
 */
@Route("my-jobs")
@RolesAllowed({"TECHNICIAN", "FOREMAN"})
@Prototype
public class MyJobsView extends VerticalLayout implements HasDynamicTitle {

    /** A free tile's Take button. */
    static final String TAKE = "action-take";

    /** The newest version of each visit this screen has shown: a card read earlier is not applied after it. */
    private final Map<Long, Long> seen = new HashMap<>();
    private final VisitOverviewService overview;
    private final VisitService visits;
    private final ExtraWorkService extraWork;
    private final WorkshopClock clock;
    private final Messages messages;
    private final Div content = new Div();
    /** A foreman's queues, and the cars in them. */
    private final Div queues = new Div();
    private final Set<Long> queued = new HashSet<>();
    private final H2 mineTitle = new H2();
    private final Paragraph none = new Paragraph();
    private final TileList mine = new TileList(grid("my-jobs-list"));
    private final H2 freeTitle = new H2();
    private final TileList unassigned = new TileList(grid("free-jobs"));
    private final MatterQueue matters;
    private final ChecklistService checks;
    private final PostInspectionService postInspections;
    private final CheckInService checkIns;
    private final JobDialogs dialogs;

    public MyJobsView(VisitOverviewService overview, VisitService visits, WorkshopClock clock, Messages messages,
            VisitBroadcaster broadcaster, MatterService matterService, PeopleService people,
            ChecklistService checks, PostInspectionService postInspections, CheckInService checkIns,
            ExtraWorkPhotos photos, ExtraWorkService extraWork) {
        this.extraWork = extraWork;
        this.dialogs = new JobDialogs(visits, photos, this::touch, this::attempt, this::showNow);
        this.checkIns = checkIns;
        this.checks = checks;
        this.postInspections = postInspections;
        this.matters = new MatterQueue(matterService, people, messages, clock);
        this.overview = overview;
        this.visits = visits;
        this.clock = clock;
        this.messages = messages;
        addClassNames("my-jobs-view");
        content.setWidthFull();
        add(matters, content);
        none.setText(getTranslation("myJobs.none"));
        VisitTile.onTaps(unassigned.list, TAKE, this::taken);
        refresh();
        LiveUpdates.keepFresh(this, broadcaster, clock, this::update);
    }

    /**
     * The screen changes only where a changed visit was or now belongs (the technician's jobs, or
     * work nobody has taken): that one tile, from the card read once for every screen. A foreman's
     * quality and re-inspection queues are read again when a changed car was in them or may now be
     * (at the quality check, or just handed over and perhaps drawn for a re-inspection).
     */
    void update(Collection<ChangedVisit> changes) {
        Person me = CurrentUser.require();
        if (me.role() == Role.FOREMAN && changes.stream().anyMatch(changed -> queued.contains(changed.visitId())
                || changed.card().filter(c -> c.stage() == Stage.QUALITY_CHECK || c.stage() == Stage.FOLLOW_UP)
                        .isPresent())) {
            refreshQueues();
        }
        for (ChangedVisit changed : changes) {
            long id = changed.visitId();
            Optional<VisitCard> card = changed.card();
            boolean job = card.filter(c -> VisitOverviewService.isJobOf(c, me.id())).isPresent();
            boolean free = card.filter(VisitOverviewService::isFreeWork).isPresent();
            if (card.isPresent() && (card.get().equals(mine.card(id))
                    || !mine.contains(id) && card.get().equals(unassigned.card(id)))) {
                continue; // shown as it is already (every change is a new version of the card)
            }
            if (card.isPresent() && card.get().version() < seen.getOrDefault(id, -1L)) {
                continue; // read before a change this screen already shows (its own, shown at once): not news
            }
            card.ifPresent(c -> seen.put(id, c.version()));
            mine.remove(id);
            unassigned.remove(id);
            if (job) {
                mine.put(card.get(), job(card.get()));
            }
            if (free) {
                unassigned.put(card.get(), freeTile(card.get()));
            }
        }
        titles();
    }

    /** Updates the tiles of these visits, read now. */
    void update(Set<Long> visitIds) {
        update(visitIds.stream().map(id -> ChangedVisit.of(id, overview)).toList());
    }

    void refresh() {
        matters.refresh();
        content.removeAll();
        Person me = CurrentUser.require();
        List<VisitCard> myJobs = overview.myJobs(me.id());
        mine.clear();
        myJobs.forEach(card -> mine.put(card, job(card)));
        myJobs.forEach(card -> seen.merge(card.id(), card.version(), Math::max));
        content.add(mineTitle, none, mine.list);
        if (me.role() == Role.FOREMAN) {
            content.add(queues);
            refreshQueues();
        }
        unassigned.clear();
        overview.unassignedWork().forEach(card -> {
            unassigned.put(card, freeTile(card));
            seen.merge(card.id(), card.version(), Math::max);
        });
        content.add(freeTitle, unassigned.list);
        titles();
    }

    /** A foreman's queues: cars at the quality check, and cars drawn for a re-inspection. */
    private void refreshQueues() {
        queues.removeAll();
        queued.clear();
        List<VisitCard> toInspect = overview.board().stream().filter(c -> c.stage() == Stage.QUALITY_CHECK).toList();
        queues.add(new H2(getTranslation("myJobs.qualityQueue", toInspect.size())));
        Div queue = grid("quality-queue");
        toInspect.forEach(card -> queue.add(inspection(card)));
        queues.add(queue);
        List<VisitCard> drawn = postInspections.queue();
        queues.add(new H2(getTranslation("postInspection.queue", drawn.size())));
        Div reinspect = grid("post-inspections");
        for (VisitCard card : drawn) {
            VisitTile tile = tile(card);
            tile.addAction(touch(getTranslation("postInspection.start"), VaadinIcon.SEARCH, "post-inspect",
                    () -> getUI().ifPresent(ui -> ui.navigate(PostInspectionView.class, card.id()))));
            reinspect.add(tile);
        }
        queues.add(reinspect);
        toInspect.forEach(card -> queued.add(card.id()));
        drawn.forEach(card -> queued.add(card.id()));
    }

    private void titles() {
        mineTitle.setText(getTranslation("myJobs.title", mine.size()));
        none.setVisible(mine.size() == 0);
        freeTitle.setText(getTranslation("myJobs.free", unassigned.size()));
    }

    /** Work nobody has taken: one element a tile (there can be dozens), its Take button heard by the list. */
    private VisitTile freeTile(VisitCard card) {
        VisitTile tile = VisitTile.withAction(card, clock, TAKE, "vaadin:hand", getTranslation("myJobs.take"));
        tile.addClassName("job-tile");
        return tile;
    }

    /** A tap on a free tile's Take: the car is this technician's, if it is still free as the tile showed it. */
    private void taken(long visitId) {
        VisitCard free = unassigned.card(visitId);
        if (free != null) {
            attempt(() -> {
                visits.assignTechnician(free.id(), free.version(), CurrentUser.require().id(), CurrentUser.actor());
                showNow(free.id());
            });
        }
    }

    private VisitTile job(VisitCard card) {
        VisitTile tile = tile(card);
        if (card.stage() == Stage.CHECKED_IN && checkInNotDone(card, tile)) {
            return tile;
        }
        boolean working = card.stage() == Stage.IN_WORK && card.status() == WorkStatus.IN_PROGRESS;
        if (card.stage() == Stage.CHECKED_IN || (card.stage() == Stage.IN_WORK && !working)) {
            String label = card.status() == WorkStatus.ON_HOLD ? "myJobs.resume" : "myJobs.start";
            tile.addAction(touch(getTranslation(label), VaadinIcon.PLAY, "start",
                    () -> {
                        visits.beginWork(card.id(), card.version(), CurrentUser.actor());
                        showNow(card.id());
                    }));
        }
        if (card.stage() == Stage.IN_WORK) {
            tile.addAction(checklistButton(card));
            if (card.status() != WorkStatus.ON_HOLD) {
                tile.addAction(touch(getTranslation("myJobs.hold"), VaadinIcon.PAUSE, "hold", () -> dialogs.hold(card)));
            }
            tile.addAction(touch(getTranslation("myJobs.extraWork"), VaadinIcon.PLUS, "extra-work",
                    () -> dialogs.extraWork(card)));
            for (ExtraWork line : overview.extraWork(card.id())) {
                if (line.decision() == Decision.APPROVED && line.doneAt() == null) {
                    tile.addAction(touch(getTranslation("myJobs.lineDone", line.what().in(getLocale())), VaadinIcon.CHECK,
                            "line-done", () -> {
                                extraWork.markExtraWorkDone(line.id(), CurrentUser.actor());
                                showNow(card.id());
                            }));
                } else if (line.decision() == Decision.PENDING) {
                    tile.addAction(Ui.badge(getTranslation("myJobs.awaiting", line.what().in(getLocale())), "small"));
                }
            }
            Button done = touch(getTranslation("myJobs.done"), VaadinIcon.CHECK_CIRCLE, "done",
                    () -> {
                        visits.move(card.id(), card.version(), Stage.QUALITY_CHECK, null, CurrentUser.actor());
                        showNow(card.id());
                    });
            done.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            tile.addAction(done);
        }
        return tile;
    }

    /**
     * A car that reached the workshop with check-in items open (checked in over the API) cannot be
     * started yet: its tile says what is missing and that it waits on the Counter, where the
     * advisor finishes the check-in and hands the car back (the tile then offers Start, live).
     */
    private boolean checkInNotDone(VisitCard card, VisitTile tile) {
        List<Localized> missing = checkIns.missing(card);
        if (missing.isEmpty()) {
            return false;
        }
        String items = missing.stream().map(m -> m.in(getLocale())).collect(Collectors.joining(", "));
        tile.addDetail(Ui.withClass(new Paragraph(getTranslation("checkIn.missing", items)), "text-s", "promise-red",
                "check-in-missing"));
        tile.addAction(Ui.badge(getTranslation("checkIn.atTheCounter"), "small"));
        return true;
    }

    private VisitTile inspection(VisitCard card) {
        VisitTile tile = tile(card);
        tile.addAction(checklistButton(card));
        Stage next = Journey.next(card.stage(), card.flags());
        Button pass = touch(getTranslation("myJobs.pass", Ui.tr(next)), VaadinIcon.CHECK_CIRCLE, "pass",
                () -> {
                    visits.move(card.id(), card.version(), next, null, CurrentUser.actor());
                    showNow(card.id());
                });
        pass.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        tile.addAction(pass);
        tile.addAction(touch(getTranslation("myJobs.sendBack"), VaadinIcon.ARROW_BACKWARD, "send-back",
                () -> dialogs.rework(card)));
        return tile;
    }

    private Button checklistButton(VisitCard card) {
        List<ChecklistRow> rows = checks.checklist(card.id(), card.stage());
        long answered = rows.stream().filter(ChecklistRow::answered).count();
        Button open = touch(getTranslation("checklist.open", answered, rows.size()), VaadinIcon.CHECK_SQUARE_O,
                "checklist", () -> getUI().ifPresent(ui -> ui.navigate(ChecklistView.class, card.id())));
        if (rows.stream().anyMatch(r -> r.mandatory() && !r.answered())) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return open;
    }

    private VisitTile tile(VisitCard card) {
        VisitTile tile = new VisitTile(card, clock);
        tile.addClassName("job-tile");
        tile.addDetail(Ui.withClass(new Paragraph(card.requestedWork()), "text-s", "requested-work"));
        return tile;
    }

    Button touch(String label, VaadinIcon icon, String name, Runnable action) {
        Button button = new Button(label, icon.create(), e -> attempt(action));
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.addClassNames("touch-target", "action-" + name);
        return button;
    }

    /** This screen shows its own change at once; other screens get it through the broadcaster. */
    private void showNow(long visitId) {
        update(Set.of(visitId));
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (Problem problem) {
            Ui.show(problem, messages);
            refresh();
        }
    }

    static Div grid(String id) {
        Div div = new Div();
        div.setId(id);
        div.addClassNames("job-grid");
        return div;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.myJobs");
    }
}
