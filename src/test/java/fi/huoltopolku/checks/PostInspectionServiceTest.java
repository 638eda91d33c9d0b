package fi.huoltopolku.checks;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.matter.MatterCard;
import fi.huoltopolku.matter.MatterService;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.EventKind;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false)
@Property(name = "huoltopolku.post-inspection.share", value = "1.0")
class PostInspectionServiceTest {

    @Inject PostInspectionService inspections;
    @Inject ChecklistService checks;
    @Inject ComplianceService figures;
    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject MatterService matters;
    @Inject PeopleService people;

    private long handedOver(Person advisor, Person technician) {
        return Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician);
    }

    @Test
    void a_drawn_car_lands_in_the_foremans_queue_and_the_reinspection_sits_beside_the_self_reported_answers() {
        Person advisor = Staff.advisor(people);
        Person foreman = Staff.technician(people);
        long id = handedOver(advisor, Staff.technician(people));
        assertThat(inspections.queue()).extracting(VisitCard::id).contains(id);

        checks.answer(id, "PI_CONCERN_FIXED", Answer.YES, null, Source.POST_INSPECTION, foreman.asActor());
        assertThatThrownBy(() -> inspections.complete(id, foreman.asActor()))
                .isInstanceOf(Problem.class).hasMessageStartingWith("Answer every post-inspection item first:");
        checks.answer(id, "PI_WORK_TO_STANDARD", Answer.YES, null, Source.POST_INSPECTION, foreman.asActor());
        checks.answer(id, "PI_NO_MARKS", Answer.NO, "Grease on the driver's door card", Source.POST_INSPECTION,
                foreman.asActor());
        checks.answer(id, "PI_SERVICE_RECORD", Answer.NA, null, Source.POST_INSPECTION, foreman.asActor());
        inspections.complete(id, foreman.asActor());

        assertThat(inspections.queue()).extracting(VisitCard::id).doesNotContain(id);
        var bySource = figures.by(Dimension.SOURCE, FigureFilter.period(
                Instant.EPOCH, Instant.parse("9999-01-01T00:00:00Z")).visit(id));
        assertThat(bySource.get("POST_INSPECTION")).isEqualTo(new Figures(2, 1, 1, 4, 4));
        assertThat(bySource.get("PROCESS").no()).isZero();
    }

    @Test
    void a_failed_item_opens_a_rework_note_on_the_visit_and_a_matter_for_its_advisor() {
        Person advisor = Staff.advisor(people);
        Person foreman = Staff.technician(people);
        long id = handedOver(advisor, Staff.technician(people));
        checks.answer(id, "PI_NO_MARKS", Answer.NO, "Grease on the driver's door card", Source.POST_INSPECTION,
                foreman.asActor());

        inspections.reworkNote(id, "PI_NO_MARKS", foreman.asActor());

        assertThat(overview.details(id).timeline()).extracting(e -> e.kind())
                .contains(EventKind.REWORK_NOTE);
        assertThat(matters.queue(advisor)).extracting(MatterCard::subject)
                .anyMatch(s -> s.contains("No marks, grease or dirt left in the car: Grease on the driver's door card"));
        assertThatThrownBy(() -> inspections.reworkNote(id, "PI_CONCERN_FIXED", foreman.asActor()))
                .isInstanceOf(Problem.class);
    }
}
