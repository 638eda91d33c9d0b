package fi.huoltopolku.quality;

import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.context.annotation.Property;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import static org.assertj.core.api.Assertions.assertThat;

/** Operations see what the roll-ups still have to fold in (no background refresh here: only the test's). */
@MicronautTest(transactional = false)
@Property(name = "huoltopolku.rollups.first-refresh-after", value = "1h")
class RollupBacklogTest {

    @Inject RollupBacklog backlog;
    @Inject ComparisonRollups rollups;
    @Inject VisitService visits;
    @Inject PeopleService people;

    @Test
    @SuppressWarnings("unchecked")
    void bookings_wait_in_the_backlog_until_the_refresh_folds_them_in() {
        rollups.refresh();
        assertThat(backlog.read()).containsExactly(0, 0);
        Person advisor = Staff.advisor(people);

        Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        long[] waiting = backlog.read();
        HealthResult health = Mono.from(backlog.getResult()).block();

        // Both bookings are on the clock's today: at least a mark each, all on one day.
        assertThat(waiting[0]).isGreaterThanOrEqualTo(2);
        assertThat(waiting[1]).isEqualTo(1);
        assertThat(health.getName()).isEqualTo("rollups");
        assertThat(health.getStatus().getName()).isEqualTo("UP");
        assertThat((Map<String, Object>) health.getDetails()).containsEntry("marks", waiting[0]).containsEntry("days", 1L);

        rollups.refresh();
        assertThat(backlog.read()).containsExactly(0, 0);
    }
}
