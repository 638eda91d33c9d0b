package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fi.huoltopolku.visit.ExtraWork;
import fi.huoltopolku.visit.ExtraWorkPhoto;
import fi.huoltopolku.visit.ExtraWorkPhotos;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The photos of a visit's extra work on the visit page, a row of thumbnails a line (each opens full size). */
public class PhotoStrip extends Composite<Div> {

    public PhotoStrip(ExtraWorkPhotos photos, List<ExtraWork> lines) {
        getContent().setId("extra-work-photos-shown");
        Map<Long, List<ExtraWorkPhoto.Info>> byLine = photos.of(lines.stream().map(ExtraWork::id).toList()).stream()
                .collect(Collectors.groupingBy(ExtraWorkPhoto.Info::extraWorkId));
        for (ExtraWork line : lines) {
            List<ExtraWorkPhoto.Info> shots = byLine.getOrDefault(line.id(), List.of());
            if (shots.isEmpty()) {
                continue;
            }
            getContent().add(new Paragraph(getTranslation("extraWork.photos") + ": " + line.what().in(getLocale())));
            Div row = new Div();
            row.getStyle().set("display", "flex").set("gap", "0.5rem").set("flex-wrap", "wrap");
            for (ExtraWorkPhoto.Info shot : shots) {
                long id = shot.id();
                DownloadHandler image = DownloadHandler.fromInputStream(event -> photos.photo(id)
                        .map(p -> new DownloadResponse(new ByteArrayInputStream(p.bytes()), "photo-" + id + ".jpg",
                                p.contentType(), p.bytes().length))
                        .orElseGet(() -> DownloadResponse.error(404)));
                Image thumbnail = new Image(image, line.what().in(getLocale()));
                thumbnail.setHeight("8rem");
                thumbnail.addClassName("extra-work-photo");
                row.add(thumbnail);
            }
            getContent().add(row);
        }
    }
}
