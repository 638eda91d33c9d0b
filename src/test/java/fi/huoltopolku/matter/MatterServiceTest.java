package fi.huoltopolku.matter;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.visit.ContactChannel;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

@MicronautTest(startApplication = false)
class MatterServiceTest {

    @Inject MatterService matters;
    @Inject PeopleService people;
    @Inject CustomerService customers;

    private long customer() {
        return customers.findOrCreate(new CustomerDetails("Eino Esimerkki", "040 " + Staff.next(), null, Staff.plate(),
                null, "Volvo", "V70", 2012)).customerId();
    }

    @Test
    void a_matter_handed_over_with_a_reason_lands_in_the_receivers_queue_and_leaves_the_senders() {
        Person advisor = Staff.advisor(people);
        Person technician = Staff.technician(people);
        long id = matters.open(customer(), "Asks whether the rattle is dangerous", ContactChannel.PHONE,
                people.department(Department.RECEPTION).id(), advisor.id(), advisor.asActor());
        assertThat(matters.queue(advisor)).extracting(MatterCard::id).contains(id);

        matters.handOff(id, 0, people.department(Department.WORKSHOP).id(), technician.id(),
                "Technician heard the rattle, can answer best", advisor.asActor());

        assertThat(matters.queue(advisor)).extracting(MatterCard::id).doesNotContain(id);
        MatterCard received = matters.queue(technician).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
        assertThat(received.ownerPersonName()).isEqualTo(technician.fullName());
        assertThat(received.lastNote()).isEqualTo("Technician heard the rattle, can answer best");
        assertThat(matters.history(id)).extracting(MatterEvent::kind).containsExactly("OPENED", "HANDOFF");
    }

    @Test
    void a_department_matter_nobody_has_taken_is_in_everyones_queue_of_that_department() {
        Person advisor = Staff.advisor(people);
        Person colleague = Staff.advisor(people);
        long id = matters.open(customer(), "Wants a quote for winter tyres", ContactChannel.EMAIL,
                people.department(Department.RECEPTION).id(), null, advisor.asActor());
        assertThat(matters.queue(colleague)).extracting(MatterCard::id).contains(id);
        assertThat(matters.queue(Staff.technician(people))).extracting(MatterCard::id).doesNotContain(id);
    }

    @Test
    void a_matter_closes_only_with_what_was_done_written_down_and_not_from_a_stale_copy() {
        Person advisor = Staff.advisor(people);
        long customer = customer();
        long id = matters.open(customer, "Invoice question", ContactChannel.PHONE,
                people.department(Department.RECEPTION).id(), advisor.id(), advisor.asActor());

        assertThatThrownBy(() -> matters.close(id, 0, " ", advisor.asActor()))
                .isInstanceOf(Problem.class).hasMessage("What was done: required");
        matters.handOff(id, 0, people.department(Department.RECEPTION).id(), null, "Cashier knows", advisor.asActor());
        assertThatThrownBy(() -> matters.close(id, 0, "Explained", advisor.asActor()))
                .isInstanceOf(Problem.class).hasMessageStartingWith("Someone else changed this matter");

        matters.close(id, 1, "Explained the labour lines on the phone", advisor.asActor());
        assertThat(matters.queue(advisor)).extracting(MatterCard::id).doesNotContain(id);
        assertThat(matters.ofCustomer(customer)).extracting(MatterCard::status).containsExactly(MatterStatus.CLOSED);
    }

    @Test
    void a_matter_without_its_subject_and_owner_is_refused_naming_both() {
        Problem problem = assertThrows(
                Problem.class, () -> matters.open(customer(), " ", ContactChannel.PHONE, null, null,
                        Actor.integration("test")));

        assertThat(problem.problems()).extracting(Problem::field)
                .containsExactly("subject", "department");
    }
}
