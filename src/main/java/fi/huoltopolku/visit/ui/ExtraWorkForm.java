package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.base.ui.UploadTexts;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.ExtraWorkPhotos;
import fi.huoltopolku.visit.Urgency;
import java.util.List;

/**
 * Flagging extra work with no typing: tap what was found (or type it), then tap how urgent it is.
 * Fires {@link SaveEvent}; the view saves.
 */
class ExtraWorkForm extends VerticalLayout {

    static final List<String> PRESETS = ExtraWork.PRESETS;

    final TextField what = new TextField();
    final TextField why = new TextField();
    /** The photos taken for the line, as uploaded (the service checks and scales them). */
    final List<byte[]> photos = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** The preset last picked, if any. */
    private String picked;

    /**
     * What the work is, as the service stores it: a preset left as picked is stored as its key (and
     * read in each reader's language); words typed or changed are stored as written.
     */
    String description() {
        return picked != null && what.getValue().equals(getTranslation("preset." + picked))
                ? ExtraWork.PRESET + picked : what.getValue();
    }

    ExtraWorkForm() {
        setPadding(false);
        Div presets = new Div();
        presets.addClassNames("touch-grid");
        for (String preset : PRESETS) {
            Button pick = new Button(getTranslation("preset." + preset), e -> {
                what.setValue(getTranslation("preset." + preset));
                picked = preset;
                presets.getChildren().forEach(c -> c.getElement().getThemeList().remove("primary"));
                e.getSource().getElement().getThemeList().add("primary");
            });
            pick.addClassNames("touch-target");
            presets.add(pick);
        }
        what.setLabel(getTranslation("field.description"));
        what.setWidthFull();
        what.setMaxLength(500);
        what.setId("extra-work-what");
        why.setLabel(getTranslation("extraWork.why"));
        why.setWidthFull();
        why.setMaxLength(1000);
        Div urgencies = new Div();
        urgencies.addClassNames("touch-grid");
        for (Urgency urgency : Urgency.values()) {
            Button save = new Button(Ui.tr(urgency), e -> fireEvent(new SaveEvent(this, urgency)));
            save.addThemeVariants(urgency == Urgency.SAFETY ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST,
                    ButtonVariant.LUMO_PRIMARY);
            save.addClassNames("touch-target");
            save.setId("urgency-" + urgency.name());
            urgencies.add(save);
        }
        // The tablet's camera (a phone or tablet browser offers it for an image upload with capture).
        com.vaadin.flow.component.upload.Upload camera = new com.vaadin.flow.component.upload.Upload(
                com.vaadin.flow.server.streams.UploadHandler.inMemory((metadata, bytes) -> photos.add(bytes)));
        camera.setAcceptedFileTypes("image/jpeg", "image/png");
        camera.setMaxFileSize(ExtraWorkPhotos.MAX_UPLOAD);
        camera.setMaxFiles(6);
        camera.setDropAllowed(false);
        camera.getElement().setProperty("capture", "environment");
        camera.setUploadButton(new Button(getTranslation("extraWork.addPhotos"),
                com.vaadin.flow.component.icon.VaadinIcon.CAMERA.create()));
        camera.setId("extra-work-photos");
        camera.setI18n(UploadTexts.photo());
        camera.addFileRejectedListener(e -> com.vaadin.flow.component.notification.Notification.show(e.getErrorMessage()));
        add(presets, what, why, camera, new Span(getTranslation("extraWork.urgencySaves")), urgencies);
    }

    static final class SaveEvent extends ComponentEvent<ExtraWorkForm> {
        private final Urgency urgency;

        SaveEvent(ExtraWorkForm source, Urgency urgency) {
            super(source, false);
            this.urgency = urgency;
        }

        Urgency urgency() {
            return urgency;
        }
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
