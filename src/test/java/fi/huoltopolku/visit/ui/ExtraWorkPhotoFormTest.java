package fi.huoltopolku.visit.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.desk.MyJobsView;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Photos;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.ViewTest;
import fi.huoltopolku.visit.ExtraWorkPhotos;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** A photo the tablet could not take is named by the photo field, and the line is not saved without it unasked. */
class ExtraWorkPhotoFormTest extends ViewTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject ExtraWorkPhotos photos;

    private ExtraWorkForm openForm(Person technician) {
        actAs(technician);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(MyJobsView.class);
        _click(_get(Button.class, spec -> spec.withClasses("action-extra-work")));
        ExtraWorkForm form = _get(ExtraWorkForm.class);
        form.what.setValue("Rear wiper torn");
        return form;
    }

    @Test
    void an_svg_or_a_50_mb_file_is_named_by_the_field_and_the_line_waits_with_what_was_typed() {
        Person technician = Staff.technician(people);
        long id = Journeys.upTo(Stage.IN_WORK, visits, checks, Staff.advisor(people), technician);
        ExtraWorkForm form = openForm(technician);

        // The server's own check (a browser's can be bypassed): an SVG, then a JPEG over 12 MB.
        form.received("plan.svg", "image/svg+xml", "<svg xmlns='http://www.w3.org/2000/svg'/>"
                .getBytes(StandardCharsets.UTF_8));
        byte[] huge = new byte[ExtraWorkPhotos.MAX_UPLOAD + 1];
        huge[0] = (byte) 0xff;
        huge[1] = (byte) 0xd8;
        huge[2] = (byte) 0xff;
        form.received("huge.jpg", "image/jpeg", huge);
        Span problem = _get(Span.class, spec -> spec.withId("extra-work-photos-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("plan.svg: Not a photo (JPEG or PNG)",
                "huge.jpg: the photo is too large (at most 12 MB)");

        _click(_get(Button.class, spec -> spec.withId("urgency-CAN_WAIT")));

        assertThat(overview.extraWork(id)).as("not saved without its photo unasked").isEmpty();
        assertThat(problem.getText()).contains("plan.svg", "The line was not saved");
        assertThat(_get(TextField.class, spec -> spec.withId("extra-work-what")).getValue()).isEqualTo("Rear wiper torn");

        // Told once, a second tap saves the line without the refused photos; a good one goes with it.
        form.received("wiper.jpg", "image/jpeg", Photos.picture(64, 48, "jpg"));
        _click(_get(Button.class, spec -> spec.withId("urgency-CAN_WAIT")));
        assertThat(overview.extraWork(id)).singleElement()
                .satisfies(line -> assertThat(photos.of(List.of(line.id()))).hasSize(1));
    }

    @Test
    void a_file_the_browser_rejects_is_named_by_the_field_too() {
        Person technician = Staff.technician(people);
        long id = Journeys.upTo(Stage.IN_WORK, visits, checks, Staff.advisor(people), technician);
        ExtraWorkForm form = openForm(technician);
        Upload camera = _get(Upload.class, spec -> spec.withId("extra-work-photos"));

        ComponentUtil.fireEvent(camera, new FileRejectedEvent(camera, "The photo is too large", "video.mp4"));
        _click(_get(Button.class, spec -> spec.withId("urgency-SOON")));

        assertThat(_get(Span.class, spec -> spec.withId("extra-work-photos-problem")).getText())
                .contains("video.mp4: The photo is too large");
        assertThat(overview.extraWork(id)).isEmpty();
        assertThat(form.what.getValue()).isEqualTo("Rear wiper torn");
    }

    @Test
    void a_picture_too_large_in_pixels_is_named_by_the_field_at_upload_not_at_saving() throws Exception {
        Person technician = Staff.technician(people);
        long id = Journeys.upTo(Stage.IN_WORK, visits, checks, Staff.advisor(people), technician);
        ExtraWorkForm form = openForm(technician);

        form.received("bomb.png", "image/png", Photos.pngClaiming(30_000, 30_000));

        Span problem = _get(Span.class, spec -> spec.withId("extra-work-photos-problem"));
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("bomb.png: the photo is too large in pixels (30000 × 30000)");
        assertThat(overview.extraWork(id)).isEmpty();
    }
}
