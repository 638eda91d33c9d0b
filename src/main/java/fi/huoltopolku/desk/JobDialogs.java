package fi.huoltopolku.desk;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.security.ui.CurrentUser;
import fi.huoltopolku.visit.ExtraWorkPhotos;
import fi.huoltopolku.visit.HoldReason;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitService;
import fi.huoltopolku.visit.ui.ExtraWorkForm;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** What a technician asks about a job on My jobs, each in a dialog: hold it, flag extra work, send it back. */
final class JobDialogs {

    private static final List<String> REWORK_REASONS = List.of("rework.noiseRemains", "rework.warningLight",
            "rework.notClean", "rework.partMissing");

    /** The screen's large touch button, whose action is attempted (a refusal is shown). */
    interface Touch {
        Button button(String label, VaadinIcon icon, String name, Runnable action);
    }

    private final VisitService visits;
    private final ExtraWorkPhotos photos;
    private final Touch touch;
    private final Consumer<Runnable> attempt;
    private final LongConsumer showNow;

    JobDialogs(VisitService visits, ExtraWorkPhotos photos, Touch touch, Consumer<Runnable> attempt,
            LongConsumer showNow) {
        this.visits = visits;
        this.photos = photos;
        this.touch = touch;
        this.attempt = attempt;
        this.showNow = showNow;
    }

    void hold(VisitCard card) {
        Dialog dialog = dialog("myJobs.hold", card);
        Div reasons = MyJobsView.grid("hold-reasons");
        for (HoldReason reason : HoldReason.values()) {
            reasons.add(touch.button(Ui.tr(reason), VaadinIcon.PAUSE, "reason-" + reason.name(), () -> {
                visits.hold(card.id(), card.version(), reason, null, CurrentUser.actor());
                showNow.accept(card.id());
                dialog.close();
            }));
        }
        dialog.add(reasons);
        dialog.open();
    }

    void extraWork(VisitCard card) {
        Dialog dialog = dialog("myJobs.extraWork", card);
        dialog.setWidth("min(48rem, 96vw)");
        ExtraWorkForm form = new ExtraWorkForm();
        form.addSaveListener(e -> attempt.accept(() -> {
            photos.flag(card.id(), form.description(), form.why.getValue(), e.urgency(), form.photos,
                    CurrentUser.actor());
            dialog.close();
            showNow.accept(card.id());
            Ui.saved("myJobs.extraWorkSent");
        }));
        dialog.add(form);
        dialog.open();
    }

    void rework(VisitCard card) {
        Dialog dialog = dialog("myJobs.sendBack", card);
        TextField note = new TextField(Ui.text("myJobs.reworkWhat"));
        note.setWidthFull();
        Div reasons = MyJobsView.grid("rework-reasons");
        for (String key : REWORK_REASONS) {
            reasons.add(touch.button(Ui.text(key), VaadinIcon.ARROW_BACKWARD, "rework", () -> {
                visits.move(card.id(), card.version(), Stage.IN_WORK, StoredText.of(key)
                        + (note.isEmpty() ? "" : ": " + note.getValue()), CurrentUser.actor());
                showNow.accept(card.id());
                dialog.close();
            }));
        }
        dialog.add(note, reasons);
        dialog.open();
    }

    /** A dialog titled with what is asked and the car's plate, with a Cancel button. */
    private static Dialog dialog(String title, VisitCard card) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Ui.text(title) + ": " + card.plate());
        dialog.getFooter().add(new Button(Ui.text("action.cancel"), e -> dialog.close()));
        return dialog;
    }
}
