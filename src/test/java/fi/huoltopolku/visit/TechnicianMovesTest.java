package fi.huoltopolku.visit;

import fi.huoltopolku.base.Messages;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.checks.Answer;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.checks.Source;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Journeys;
import fi.huoltopolku.support.Staff;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A technician changes their own jobs and work nobody has taken; a colleague's car and the counter's
 * stages are refused in the service with a message saying whose it is. Nobody starts work on a car
 * whose work is done.
 */
@MicronautTest(transactional = false)
class TechnicianMovesTest {

    @Inject PeopleService people;
    @Inject VisitService visits;
    @Inject ChecklistService checks;
    @Inject Messages messages;

    private long version(long id) {
        return visits.find(id).getVersion();
    }

    private String refusal(Runnable change) {
        Problem[] caught = new Problem[1];
        assertThatThrownBy(change::run).isInstanceOfSatisfying(Problem.class, p -> caught[0] = p);
        return messages.text(caught[0], Locale.ENGLISH);
    }

    @Test
    void a_technician_may_not_hand_over_a_colleagues_ready_car_but_the_advisor_may() {
        Person advisor = Staff.advisor(people);
        Person owner = Staff.technician(people);
        Person juha = Staff.technician(people);
        long ready = Journeys.upTo(Stage.READY, visits, checks, advisor, owner);

        assertThat(refusal(() -> visits.move(ready, version(ready), Stage.FOLLOW_UP, null, juha.asActor())))
                .contains("“Ready / handover”", "handled by the counter");
        assertThat(refusal(() -> visits.move(ready, version(ready), Stage.FOLLOW_UP, null, owner.asActor())))
                .contains("handled by the counter");
        assertThat(visits.find(ready).getStage()).isEqualTo(Stage.READY);

        Checks.answerMandatory(checks, ready, Stage.READY, advisor.asActor());
        visits.move(ready, version(ready), Stage.FOLLOW_UP, null, advisor.asActor());
        assertThat(visits.find(ready).getStage()).isEqualTo(Stage.FOLLOW_UP);
    }

    @Test
    void nobody_starts_work_on_a_ready_car() {
        Person advisor = Staff.advisor(people);
        Person owner = Staff.technician(people);
        long ready = Journeys.upTo(Stage.READY, visits, checks, advisor, owner);
        Person foreman = people.create("fm" + Staff.next(), "Foreman", Role.FOREMAN, Department.WORKSHOP);

        assertThat(refusal(() -> visits.start(ready, version(ready), foreman.asActor())))
                .contains("No work starts on a car at the stage “Ready / handover”");
        assertThat(visits.find(ready).getStatus()).isEqualTo(WorkStatus.WAITING);
    }

    @Test
    void a_technician_works_on_their_own_car_and_free_work_but_not_on_a_colleagues() {
        Person advisor = Staff.advisor(people);
        Person owner = Staff.technician(people);
        Person juha = Staff.technician(people);
        long colleagues = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, owner);

        assertThat(refusal(() -> visits.hold(colleagues, version(colleagues), HoldReason.WAITING_FOR_PARTS, null,
                juha.asActor()))).contains("the job of " + owner.fullName());
        assertThat(refusal(() -> visits.start(colleagues, version(colleagues), juha.asActor())))
                .contains("the job of " + owner.fullName());
        assertThat(visits.find(colleagues).getStatus()).isEqualTo(WorkStatus.WAITING);

        visits.start(colleagues, version(colleagues), owner.asActor());
        assertThat(visits.find(colleagues).getStatus()).isEqualTo(WorkStatus.IN_PROGRESS);

        // Checked in without a technician: anyone of the workshop takes it, and it is theirs.
        long booked = Staff.book(visits, advisor, Staff.plate(), Set.of());
        visits.checkIn(booked, version(booked), CheckIn.as(Set.of(), null), advisor.asActor());
        Checks.answerMandatory(checks, booked, Stage.CHECKED_IN, advisor.asActor());
        visits.beginWork(booked, version(booked), juha.asActor());
        assertThat(visits.find(booked).getTechnicianId()).isEqualTo(juha.id());
        assertThat(refusal(() -> visits.hold(booked, version(booked), HoldReason.WAITING_FOR_PARTS, null, owner.asActor())))
                .contains("the job of " + juha.fullName());
    }

    @Test
    void a_technician_ticks_the_checklist_of_their_own_car_but_not_of_a_colleagues() {
        Person advisor = Staff.advisor(people);
        Person owner = Staff.technician(people);
        Person juha = Staff.technician(people);
        long colleagues = Journeys.upTo(Stage.IN_WORK, visits, checks, advisor, owner);
        String item = checks.checklist(colleagues, Stage.IN_WORK).get(0).code();
        String booking = checks.checklist(colleagues, Stage.BOOKED).get(0).code();

        assertThat(refusal(() -> checks.answer(colleagues, item, Answer.NO, "x", Source.PROCESS, juha.asActor())))
                .contains("the job of " + owner.fullName());
        assertThat(refusal(() -> checks.answer(colleagues, booking, Answer.NO, "x", Source.PROCESS, juha.asActor())))
                .contains("the job of " + owner.fullName());
        checks.answer(colleagues, item, Answer.YES, null, Source.PROCESS, owner.asActor());
        checks.answer(colleagues, booking, Answer.YES, null, Source.PROCESS, advisor.asActor());
        assertThat(checks.checklist(colleagues, Stage.IN_WORK).get(0).answer()).isEqualTo(Answer.YES);
    }
}
