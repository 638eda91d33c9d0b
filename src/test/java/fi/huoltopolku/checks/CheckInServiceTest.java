package fi.huoltopolku.checks;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class CheckInServiceTest {

    @Inject CheckInService checkIns;
    @Inject ChecklistService checks;
    @Inject VisitService visits;
    @Inject VisitOverviewService overview;
    @Inject CustomerService customers;
    @Inject PeopleService people;

    @Test
    void a_check_in_saves_the_visit_its_ticked_items_and_the_customers_wish_together() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));

        checkIns.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(Flag.WASH), null),
                List.of("CHK_WALKAROUND", "CHK_CONCERN_CONFIRMED"), true, advisor.asActor());

        assertThat(overview.card(id).stage()).isEqualTo(Stage.CHECKED_IN);
        assertThat(checks.checklist(id, Stage.CHECKED_IN)).filteredOn(ChecklistRow::answered)
                .extracting(ChecklistRow::code).containsExactlyInAnyOrder("CHK_WALKAROUND", "CHK_CONCERN_CONFIRMED");
        assertThat(customers.customer(overview.card(id).customerId()).contactDeclined()).isTrue();
    }

    @Test
    void a_check_in_refused_halfway_leaves_nothing_behind() {
        Person advisor = Staff.advisor(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        long version = visits.find(id).getVersion();

        // The visit is checked in before the items are answered; an unknown item undoes it all.
        assertThatThrownBy(() -> checkIns.checkIn(id, version, CheckIn.as(Set.of(), null),
                List.of("CHK_WALKAROUND", "NO_SUCH_ITEM"), true, advisor.asActor())).isInstanceOf(Problem.class);

        assertThat(overview.card(id).stage()).isEqualTo(Stage.BOOKED);
        assertThat(visits.find(id).getVersion()).isEqualTo(version);
        assertThat(checks.checklist(id, Stage.CHECKED_IN)).noneMatch(ChecklistRow::answered);
        assertThat(customers.customer(overview.card(id).customerId()).contactDeclined()).isFalse();
    }

    @Test
    void a_check_in_finished_later_is_refused_while_an_item_is_open_and_then_goes_back_to_the_workshop() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long id = Staff.book(visits, advisor, Staff.plate(), EnumSet.noneOf(Flag.class));
        visits.move(id, visits.find(id).getVersion(), Stage.CHECKED_IN, null, advisor.asActor());
        visits.assignTechnician(id, visits.find(id).getVersion(), technician.id(), advisor.asActor());
        assertThat(checkIns.missing(id)).isNotEmpty();
        assertThat(checks.openMandatory(List.of(id), Stage.CHECKED_IN)).containsOnlyKeys(id);

        assertThatThrownBy(() -> checkIns.finish(id, visits.find(id).getVersion(), "done", advisor.asActor()))
                .isInstanceOf(Problem.class).hasMessageStartingWith("Check-in not finished: Walkaround");
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN, advisor.asActor());
        checkIns.finish(id, visits.find(id).getVersion(), "done", advisor.asActor());

        assertThat(checkIns.missing(id)).isEmpty();
        assertThat(checks.openMandatory(List.of(id), Stage.CHECKED_IN)).isEmpty();
        assertThat(overview.card(id).ownerPersonId()).isEqualTo(technician.id());
        assertThat(overview.card(id).ownerDepartmentCode()).isEqualTo(Department.WORKSHOP);
    }
}
