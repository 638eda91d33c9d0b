package fi.huoltopolku.base.ui;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** An upload speaks the user's language (Vaadin's own texts are English only). */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** A CSV file's upload: the photo's texts with the file's words. */
    public static UploadI18N csvFile() {
        UploadI18N texts = photo();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(Ui.text("upload.csv.drop")).setMany(Ui.text("upload.csv.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(Ui.text("upload.csv.add")).setMany(Ui.text("upload.csv.add")));
        texts.getError().setTooManyFiles(Ui.text("upload.csv.tooMany")).setFileIsTooBig(Ui.text("upload.csv.tooBig"))
                .setIncorrectFileType(Ui.text("upload.csv.wrongType"));
        return texts;
    }

    public static UploadI18N photo() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(Ui.text("upload.drop")).setMany(Ui.text("upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(Ui.text("upload.add")).setMany(Ui.text("upload.add")))
                .setError(new UploadI18N.Error().setTooManyFiles(Ui.text("upload.tooMany"))
                        .setFileIsTooBig(Ui.text("upload.tooBig")).setIncorrectFileType(Ui.text("upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(Ui.text("upload.connecting"))
                                .setStalled(Ui.text("upload.stalled")).setProcessing(Ui.text("upload.processing"))
                                .setHeld(Ui.text("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(Ui.text("upload.remaining")).setUnknown(Ui.text("upload.unknownTime")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(Ui.text("upload.failed"))
                                .setUnexpectedServerError(Ui.text("upload.failed")).setForbidden(Ui.text("upload.failed"))))
                .setFile(new UploadI18N.File().setRetry(Ui.text("upload.retry")).setStart(Ui.text("upload.start"))
                        .setRemove(Ui.text("upload.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }
}
