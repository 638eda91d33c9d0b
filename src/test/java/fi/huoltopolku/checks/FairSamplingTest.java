package fi.huoltopolku.checks;

import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Random;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** With a tiny share, chance almost never draws: the technician's third car is drawn for fairness. */
@MicronautTest(startApplication = false)
@Property(name = "huoltopolku.post-inspection.share", value = "0.000001")
@Property(name = "huoltopolku.post-inspection.max-gap", value = "3")
class FairSamplingTest {

    @Inject PostInspectionService inspections;
    @Inject ChecklistService checks;
    @Inject VisitService visits;
    @Inject PeopleService people;

    private boolean handOver(Person advisor, Person technician) {
        return inspections.drawn(Journeys.upTo(Stage.FOLLOW_UP, visits, checks, advisor, technician));
    }

    @Test
    void no_technician_goes_unsampled_for_longer_than_the_configured_gap() {
        inspections.useRandom(new Random(7));
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        assertThat(handOver(advisor, technician)).isFalse();
        assertThat(handOver(advisor, technician)).isFalse();
        assertThat(handOver(advisor, technician)).as("third car since the last draw").isTrue();
        assertThat(handOver(advisor, technician)).isFalse();
    }
}
