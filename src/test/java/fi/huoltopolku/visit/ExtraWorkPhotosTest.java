package fi.huoltopolku.visit;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Photos;
import fi.huoltopolku.support.Staff;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class ExtraWorkPhotosTest {

    @Inject ExtraWorkPhotos photos;
    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject ChecklistService checks;
    @Inject PeopleService people;

    private long carInWork(Person technician) {
        return Journeys.upTo(Stage.IN_WORK, visits, checks, Staff.advisor(people), technician);
    }

    @Test
    void a_cameras_photo_is_stored_scaled_down_as_a_jpeg_with_its_line() throws Exception {
        Person technician = Staff.technician(people);
        long id = carInWork(technician);
        byte[] camera = Photos.picture(3000, 2000, "png");

        long line = photos.flag(id, "Front brake pads worn to 2 mm", null, Urgency.SAFETY, List.of(camera),
                technician.asActor());

        List<ExtraWorkPhoto.Info> stored = photos.of(List.of(line));
        assertThat(stored).singleElement().satisfies(p -> {
            assertThat(p.width()).isEqualTo(1600);
            assertThat(p.height()).isEqualTo(1067);
            assertThat(p.takenBy()).isEqualTo(technician.fullName());
        });
        ExtraWorkPhoto photo = photos.photo(stored.get(0).id()).orElseThrow();
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(ImageIO.read(new ByteArrayInputStream(photo.bytes())).getWidth()).isEqualTo(1600);
        assertThat(photo.bytes().length).isLessThan(camera.length);
    }

    @Test
    void what_is_not_a_photo_is_refused_and_nothing_is_flagged() {
        Person technician = Staff.technician(people);
        long id = carInWork(technician);

        assertThatThrownBy(() -> photos.flag(id, "Wiper blades streak", null, Urgency.CAN_WAIT,
                List.of(Photos.picture(200, 100, "jpg"), "%PDF-1.4 not a picture".getBytes()), technician.asActor()))
                .isInstanceOf(Problem.class).hasMessage("Photo: not a photo (JPEG or PNG)");

        assertThat(overview.extraWork(id)).isEmpty();
    }

    @Test
    void a_line_takes_at_most_six_photos() {
        Person technician = Staff.technician(people);
        long id = carInWork(technician);
        byte[] small = Photos.picture(64, 48, "jpg");
        long line = photos.flag(id, "Exhaust leaks", null, Urgency.SOON, List.of(small, small, small, small, small, small),
                technician.asActor());

        assertThatThrownBy(() -> photos.attach(line, small, technician.asActor())).isInstanceOf(Problem.class)
                .hasMessage("Photo: at most 6 photos a line");
        assertThat(photos.of(List.of(line))).hasSize(6);
    }

    @Test
    void a_small_file_claiming_a_huge_picture_is_refused_for_its_pixels_not_its_bytes() throws Exception {
        Person technician = Staff.technician(people);
        long id = carInWork(technician);
        byte[] bomb = Photos.pngClaiming(30_000, 30_000);
        assertThat(bomb.length).isLessThan(1024);

        assertThatThrownBy(() -> photos.flag(id, "Tyre worn", null, Urgency.SOON, List.of(bomb), technician.asActor()))
                .isInstanceOf(Problem.class)
                .hasMessage("Photo: the photo is too large in pixels (30000 × 30000): at most 50 million pixels");
        assertThat(overview.extraWork(id)).isEmpty();
    }
}
