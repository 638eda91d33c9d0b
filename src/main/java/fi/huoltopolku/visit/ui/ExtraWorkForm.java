package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.ui.Ui;
import fi.huoltopolku.base.ui.UploadTexts;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.ExtraWorkPhotos;
import fi.huoltopolku.visit.Urgency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Flagging extra work with no typing: tap what was found (or type it), then tap how urgent it is.
 * Fires {@link SaveEvent}; the view saves.
 */
public class ExtraWorkForm extends VerticalLayout {

    static final List<String> PRESETS = ExtraWork.PRESETS;

    final TextField what = new TextField();
    public final TextField why = new TextField();
    /** The photos taken for the line, as uploaded (the service checks and scales them). */
    public final List<byte[]> photos = new CopyOnWriteArrayList<>();
    /** Photos not taken (too large, not JPEG or PNG), each "file: why", until the user has been told at saving. */
    final List<String> refused = new CopyOnWriteArrayList<>();
    /** The photo field's problem, under the field: a refused photo is never dropped without a word. */
    final Span photoProblem = new Span();

    /** The preset last picked, if any. */
    private String picked;

    /**
     * What the work is, as the service stores it: a preset left as picked is stored as its key (and
     * read in each reader's language); words typed or changed are stored as written.
     */
    public String description() {
        return picked != null && what.getValue().equals(getTranslation("preset." + picked))
                ? ExtraWork.PRESET + picked : what.getValue();
    }

    public ExtraWorkForm() {
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
            Button save = new Button(Ui.tr(urgency), e -> save(urgency));
            save.addThemeVariants(urgency == Urgency.SAFETY ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST,
                    ButtonVariant.LUMO_PRIMARY);
            save.addClassNames("touch-target");
            save.setId("urgency-" + urgency.name());
            urgencies.add(save);
        }
        // The tablet's camera (a phone or tablet browser offers it for an image upload with capture).
        Upload camera = new Upload(UploadHandler.inMemory((metadata, bytes) -> received(metadata.fileName(),
                metadata.contentType(), bytes)));
        camera.setAcceptedFileTypes("image/jpeg", "image/png");
        camera.setMaxFileSize(ExtraWorkPhotos.MAX_UPLOAD);
        camera.setMaxFiles(6);
        camera.setDropAllowed(false);
        camera.getElement().setProperty("capture", "environment");
        camera.setUploadButton(new Button(getTranslation("extraWork.addPhotos"),
                VaadinIcon.CAMERA.create()));
        camera.setId("extra-work-photos");
        camera.setI18n(UploadTexts.photo());
        camera.addFileRejectedListener(e -> refuse(e.getFileName(), e.getErrorMessage()));
        photoProblem.setId("extra-work-photos-problem");
        photoProblem.getElement().setAttribute("role", "alert");
        photoProblem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        photoProblem.setVisible(false);
        add(presets, what, why, camera, photoProblem, new Span(getTranslation("extraWork.urgencySaves")), urgencies);
    }

    /**
     * A photo as the upload received it: checked here too (the browser's own check can be bypassed):
     * a file that is not a JPEG or PNG, or is over the size, is refused by name, not dropped.
     */
    void received(String fileName, String contentType, byte[] bytes) {
        if (!photo(bytes)) {
            refuse(fileName, getTranslation("upload.wrongType"));
        } else if (bytes.length > ExtraWorkPhotos.MAX_UPLOAD) {
            refuse(fileName, getTranslation("extraWork.photoTooLarge", ExtraWorkPhotos.MAX_UPLOAD / (1024 * 1024)));
        } else {
            try {
                ExtraWorkPhotos.checkPixels(bytes);
                photos.add(bytes);
            } catch (Problem tooLarge) {
                refuse(fileName, getTranslation(tooLarge.key(), tooLarge.args().toArray()));
            }
        }
    }

    /** Whether the bytes start as a JPEG or a PNG does (what the browser says the type is may be anything). */
    static boolean photo(byte[] bytes) {
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8
                && (bytes[2] & 0xff) == 0xff;
        boolean png = bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        return jpeg || png;
    }

    private void refuse(String fileName, String why) {
        refused.add((fileName == null || fileName.isBlank() ? getTranslation("field.photo") : fileName) + ": " + why);
        getUI().ifPresentOrElse(ui -> ui.access(() -> showRefused("extraWork.photoRefused")),
                () -> showRefused("extraWork.photoRefused"));
    }

    private void showRefused(String key) {
        photoProblem.setText(getTranslation(key, String.join("; ", refused)));
        photoProblem.setVisible(!refused.isEmpty());
    }

    /**
     * Saves the line, unless a photo was refused since the last try: then the line is not saved, the
     * field says which photo and why, and everything typed stays; a second tap saves without it.
     */
    private void save(Urgency urgency) {
        if (!refused.isEmpty()) {
            showRefused("extraWork.photoNotSaved");
            refused.clear();
            return;
        }
        photoProblem.setVisible(false);
        fireEvent(new SaveEvent(this, urgency));
    }

    public static final class SaveEvent extends ComponentEvent<ExtraWorkForm> {
        private final Urgency urgency;

        public SaveEvent(ExtraWorkForm source, Urgency urgency) {
            super(source, false);
            this.urgency = urgency;
        }

        public Urgency urgency() {
            return urgency;
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }
}
