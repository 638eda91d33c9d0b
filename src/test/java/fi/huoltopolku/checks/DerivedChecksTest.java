package fi.huoltopolku.checks;

import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Rework;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false)
class DerivedChecksTest {

    @Inject VisitService visits;
    @Inject Rework rework;
    @Inject ChecklistService checks;
    @Inject DerivedChecks derived;
    @Inject PeopleService people;
    @Inject WorkshopClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Answer derivedAnswer(long visitId, String code) {
        return checks.overview(visitId).stream()
                .filter(r -> r.code().equals(code) && r.source() == Source.DERIVED)
                .map(ChecklistRow::answer).findFirst().orElse(null);
    }

    private void step(Instant at, Runnable change) {
        clock.use(Clock.fixed(at, ZoneOffset.UTC));
        change.run();
    }

    private long handedOver(Person advisor, Person technician, String plate, Instant start, boolean rework) {
        step(start, () -> { });
        long id = Staff.book(visits, advisor, plate, Set.of(), start.plus(Duration.ofMinutes(30)));
        step(start.plus(Duration.ofMinutes(40)), () -> {
            visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), technician.id()), advisor.asActor());
            Checks.answerMandatory(checks, id, Stage.CHECKED_IN, advisor.asActor());
            visits.beginWork(id, visits.find(id).getVersion(), technician.asActor());
            Checks.answerMandatory(checks, id, Stage.IN_WORK, technician.asActor());
            visits.move(id, visits.find(id).getVersion(), Stage.QUALITY_CHECK, null, technician.asActor());
        });
        if (rework) {
            step(start.plus(Duration.ofHours(2)), () -> {
                visits.move(id, visits.find(id).getVersion(), Stage.IN_WORK, "Squeak remains", advisor.asActor());
                visits.move(id, visits.find(id).getVersion(), Stage.QUALITY_CHECK, null, technician.asActor());
            });
        }
        // Booked at 06:30, promised five hours later (11:30): ready at 09:00 is on time, at 13:00 late.
        step(start.plus(Duration.ofHours(rework ? 7 : 3)), () -> {
            Checks.answerMandatory(checks, id, Stage.QUALITY_CHECK, advisor.asActor());
            visits.move(id, visits.find(id).getVersion(), Stage.READY, null, advisor.asActor());
            Checks.answerMandatory(checks, id, Stage.READY, advisor.asActor());
            visits.move(id, visits.find(id).getVersion(), Stage.FOLLOW_UP, null, advisor.asActor());
        });
        return id;
    }

    @Test
    void derived_checks_follow_the_timeline_without_anyone_ticking_them() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        Instant start = Instant.parse("2026-09-01T06:00:00Z");
        long smooth = handedOver(advisor, technician, Staff.plate(), start, false);
        long bumpy = handedOver(advisor, technician, Staff.plate(), start, true);

        assertThat(derivedAnswer(smooth, "DRV_READY_ON_TIME")).isEqualTo(Answer.YES);
        assertThat(derivedAnswer(smooth, "DRV_FIRST_TIME_PASS")).isEqualTo(Answer.YES);
        assertThat(derivedAnswer(bumpy, "DRV_READY_ON_TIME")).isEqualTo(Answer.NO);
        assertThat(derivedAnswer(bumpy, "DRV_FIRST_TIME_PASS")).isEqualTo(Answer.NO);
        assertThat(derivedAnswer(smooth, "DRV_NO_COMEBACK")).as("window still open").isNull();
    }

    @Test
    void a_comeback_marked_on_the_new_visit_turns_the_earlier_visits_no_comeback_to_no() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        String plate = Staff.plate();
        Instant start = Instant.parse("2026-09-01T06:00:00Z");
        long first = handedOver(advisor, technician, plate, start, false);
        long quiet = handedOver(advisor, technician, Staff.plate(), start, false);

        step(start.plus(Duration.ofDays(10)), () -> {
            long again = Staff.book(visits, advisor, plate, Set.of(), start.plus(Duration.ofDays(10)));
            rework.markComeback(again, visits.find(again).getVersion(), first, advisor.asActor());
        });
        assertThat(derivedAnswer(first, "DRV_NO_COMEBACK")).isEqualTo(Answer.NO);

        step(start.plus(Duration.ofDays(31)), derived::sweep);
        assertThat(derivedAnswer(quiet, "DRV_NO_COMEBACK")).isEqualTo(Answer.YES);
        assertThat(derivedAnswer(first, "DRV_NO_COMEBACK")).isEqualTo(Answer.NO);
    }
}
