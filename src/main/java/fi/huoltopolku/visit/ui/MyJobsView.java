package fi.huoltopolku.visit.ui;

import jakarta.annotation.security.RolesAllowed;
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
import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.base.ui.CurrentUser;
import fi.huoltopolku.base.ui.MainLayout;
import fi.huoltopolku.base.ui.Ui;
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
import fi.huoltopolku.visit.Decision;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.HoldReason;
import fi.huoltopolku.visit.Journey;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitBroadcaster;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.WorkStatus;
import io.micronaut.context.annotation.Prototype;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The technician's jobs on the shared workshop tablet: big targets and no typing on the common
 * path: start, hold with a reason, flag extra work, done. Free jobs can be taken with one tap;
 * a foreman also sees the quality-check queue.
 */
@Route(value = "my-jobs", layout = MainLayout.class)
@RolesAllowed({"TECHNICIAN", "FOREMAN"})
@Prototype
public class MyJobsView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> REWORK_REASONS = List.of("rework.noiseRemains", "rework.warningLight",
            "rework.notClean", "rework.partMissing");

    private final VisitOverviewService overview;
    private final VisitService visits;
    private final WorkshopClock clock;
    private final Messages messages;
    private final Div content = new Div();
    /** The visits on this screen now. */
    private final Set<Long> shown = new HashSet<>();
    private final MatterQueue matters;
    private final ChecklistService checks;
    private final PostInspectionService postInspections;

    public MyJobsView(VisitOverviewService overview, VisitService visits, WorkshopClock clock, Messages messages,
            VisitBroadcaster broadcaster, MatterService matterService, PeopleService people,
            ChecklistService checks, PostInspectionService postInspections) {
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
        refresh();
        LiveUpdates.keepFresh(this, broadcaster, clock, this::update);
    }

    /**
     * A technician's list is rebuilt only when a changed visit is on it or now belongs on it (theirs,
     * or work nobody has taken); a foreman's, who also sees the quality and re-inspection queues,
     * on every change.
     */
    void update(Set<Long> changed) {
        Person me = CurrentUser.require();
        if (me.role() == Role.FOREMAN || changed.stream().anyMatch(id -> shown.contains(id) || concerns(id, me))) {
            refresh();
        }
    }

    private boolean concerns(long visitId, Person me) {
        try {
            VisitCard card = overview.card(visitId);
            boolean workshop = card.stage() == Stage.CHECKED_IN || card.stage() == Stage.IN_WORK;
            return Objects.equals(card.ownerPersonId(), me.id()) || (workshop
                    && (card.technicianId() == null || Objects.equals(card.technicianId(), me.id())));
        } catch (Problem gone) {
            return false;
        }
    }

    void refresh() {
        matters.refresh();
        content.removeAll();
        Person me = CurrentUser.require();
        List<VisitCard> mine = overview.myJobs(me.id());
        shown.clear();
        mine.forEach(card -> shown.add(card.id()));
        content.add(new H2(getTranslation("myJobs.title", mine.size())));
        Div jobs = grid("my-jobs-list");
        mine.forEach(card -> jobs.add(job(card)));
        if (mine.isEmpty()) {
            content.add(new Paragraph(getTranslation("myJobs.none")));
        }
        content.add(jobs);
        if (me.role() == Role.FOREMAN) {
            List<VisitCard> toInspect = overview.board().stream().filter(c -> c.stage() == Stage.QUALITY_CHECK).toList();
            content.add(new H2(getTranslation("myJobs.qualityQueue", toInspect.size())));
            Div queue = grid("quality-queue");
            toInspect.forEach(card -> queue.add(inspection(card)));
            content.add(queue);
            List<VisitCard> drawn = postInspections.queue();
            content.add(new H2(getTranslation("postInspection.queue", drawn.size())));
            Div reinspect = grid("post-inspections");
            for (VisitCard card : drawn) {
                VisitTile tile = tile(card);
                tile.addAction(touch(getTranslation("postInspection.start"), VaadinIcon.SEARCH, "post-inspect",
                        () -> getUI().ifPresent(ui -> ui.navigate(PostInspectionView.class, card.id()))));
                reinspect.add(tile);
            }
            content.add(reinspect);
        }
        List<VisitCard> free = overview.unassignedWork();
        free.forEach(card -> shown.add(card.id()));
        content.add(new H2(getTranslation("myJobs.free", free.size())));
        Div freeJobs = grid("free-jobs");
        for (VisitCard card : free) {
            VisitTile tile = tile(card);
            tile.addAction(touch(getTranslation("myJobs.take"), VaadinIcon.HAND, "take",
                    () -> visits.assignTechnician(card.id(), card.version(), me.id(), CurrentUser.actor())));
            freeJobs.add(tile);
        }
        content.add(freeJobs);
    }

    private VisitTile job(VisitCard card) {
        VisitTile tile = tile(card);
        boolean working = card.stage() == Stage.IN_WORK && card.status() == WorkStatus.IN_PROGRESS;
        if (card.stage() == Stage.CHECKED_IN || (card.stage() == Stage.IN_WORK && !working)) {
            String label = card.status() == WorkStatus.ON_HOLD ? "myJobs.resume" : "myJobs.start";
            tile.addAction(touch(getTranslation(label), VaadinIcon.PLAY, "start",
                    () -> visits.beginWork(card.id(), card.version(), CurrentUser.actor())));
        }
        if (card.stage() == Stage.IN_WORK) {
            tile.addAction(checklistButton(card));
            if (card.status() != WorkStatus.ON_HOLD) {
                tile.addAction(touch(getTranslation("myJobs.hold"), VaadinIcon.PAUSE, "hold", () -> openHold(card)));
            }
            tile.addAction(touch(getTranslation("myJobs.extraWork"), VaadinIcon.PLUS, "extra-work",
                    () -> openExtraWork(card)));
            for (ExtraWork line : overview.details(card.id()).extraWork()) {
                if (line.decision() == Decision.APPROVED && line.doneAt() == null) {
                    tile.addAction(touch(getTranslation("myJobs.lineDone", line.description()), VaadinIcon.CHECK,
                            "line-done", () -> visits.markExtraWorkDone(line.id(), CurrentUser.actor())));
                } else if (line.decision() == Decision.PENDING) {
                    tile.addAction(Ui.badge(getTranslation("myJobs.awaiting", line.description()), "small"));
                }
            }
            Button done = touch(getTranslation("myJobs.done"), VaadinIcon.CHECK_CIRCLE, "done",
                    () -> visits.move(card.id(), card.version(), Stage.QUALITY_CHECK, null, CurrentUser.actor()));
            done.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            tile.addAction(done);
        }
        return tile;
    }

    private VisitTile inspection(VisitCard card) {
        VisitTile tile = tile(card);
        tile.addAction(checklistButton(card));
        Stage next = Journey.next(card.stage(), card.flags());
        Button pass = touch(getTranslation("myJobs.pass", Ui.tr(next)), VaadinIcon.CHECK_CIRCLE, "pass",
                () -> visits.move(card.id(), card.version(), next, null, CurrentUser.actor()));
        pass.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        tile.addAction(pass);
        tile.addAction(touch(getTranslation("myJobs.sendBack"), VaadinIcon.ARROW_BACKWARD, "send-back",
                () -> openRework(card)));
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

    private void openHold(VisitCard card) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("myJobs.hold") + ": " + card.plate());
        Div reasons = grid("hold-reasons");
        for (HoldReason reason : HoldReason.values()) {
            reasons.add(touch(Ui.tr(reason), VaadinIcon.PAUSE, "reason-" + reason.name(), () -> {
                visits.hold(card.id(), card.version(), reason, null, CurrentUser.actor());
                dialog.close();
            }));
        }
        dialog.add(reasons);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private void openExtraWork(VisitCard card) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("myJobs.extraWork") + ": " + card.plate());
        dialog.setWidth("min(48rem, 96vw)");
        ExtraWorkForm form = new ExtraWorkForm();
        form.addSaveListener(e -> attempt(() -> {
            visits.flagExtraWork(card.id(), form.what.getValue(), form.why.getValue(), e.urgency(),
                    CurrentUser.actor());
            dialog.close();
            Ui.saved("myJobs.extraWorkSent");
        }));
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private void openRework(VisitCard card) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("myJobs.sendBack") + ": " + card.plate());
        TextField note = new TextField(getTranslation("myJobs.reworkWhat"));
        note.setWidthFull();
        Div reasons = grid("rework-reasons");
        for (String key : REWORK_REASONS) {
            reasons.add(touch(getTranslation(key), VaadinIcon.ARROW_BACKWARD, "rework", () -> {
                visits.move(card.id(), card.version(), Stage.IN_WORK, getTranslation(key)
                        + (note.isEmpty() ? "" : ": " + note.getValue()), CurrentUser.actor());
                dialog.close();
            }));
        }
        dialog.add(note, reasons);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private VisitTile tile(VisitCard card) {
        VisitTile tile = new VisitTile(card, clock);
        tile.addClassName("job-tile");
        tile.addDetail(Ui.withClass(new Paragraph(card.requestedWork()), "text-s", "requested-work"));
        return tile;
    }

    private Button touch(String label, VaadinIcon icon, String name, Runnable action) {
        Button button = new Button(label, icon.create(), e -> attempt(action));
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.addClassNames("touch-target", "action-" + name);
        return button;
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (Problem problem) {
            Ui.show(problem, messages);
            refresh();
        }
    }

    private static Div grid(String id) {
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
