package fi.huoltopolku.visit;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.Phones;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Checks;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false)
class VisitServiceTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject VisitService visits;
    @Inject ExtraWorkService extraWork;
    @Inject CustomerContacts contacts;
    @Inject VisitOverviewService overview;
    @Inject CustomerService customers;
    @Inject PeopleService people;
    @Inject ChecklistService checks;

    Person advisor;
    Person technician;
    Actor counter;
    Actor workshop;

    @BeforeEach
    void staff() {
        int n = SEQ.incrementAndGet();
        advisor = people.create("advisor" + n, "Aino Advisor " + n, Role.ADVISOR, Department.RECEPTION);
        technician = people.create("tech" + n, "Teemu Tech " + n, Role.TECHNICIAN, Department.WORKSHOP);
        counter = advisor.asActor();
        workshop = technician.asActor();
    }

    private long book(String plate, String phone, Set<Flag> flags) {
        Instant at = TestTime.START.plus(1, ChronoUnit.HOURS);
        return visits.book(new Booking(new CustomerDetails("Aino Virtanen", phone, null, plate, null, "Skoda",
                "Octavia", 2019), "Brakes squeak when cold", at, at.plus(6, ChronoUnit.HOURS), advisor.id(), flags),
                counter);
    }

    private long version(long id) {
        return visits.find(id).getVersion();
    }

    /** Moves on as the people in the flow would: the stage's mandatory checks answered first. */
    private void move(long id, Stage to, Actor actor) {
        Checks.answerMandatory(checks, id, visits.find(id).getStage(), actor);
        visits.move(id, version(id), to, null, actor);
    }

    @Test
    void a_returning_customer_is_found_by_plate_without_case_or_dash_and_never_recorded_twice() {
        String plate = "SRV-" + (100 + SEQ.get());
        long first = book(plate, "040 555 00" + SEQ.get(), Set.of());
        long second = book(plate.toLowerCase().replace("-", ""), "040 555 00" + SEQ.get(), Set.of());

        assertThat(visits.find(second).getCustomerId()).isEqualTo(visits.find(first).getCustomerId());
        assertThat(visits.find(second).getVehicleId()).isEqualTo(visits.find(first).getVehicleId());
        assertThat(customers.search(plate.toLowerCase().replace("-", ""), 10))
                .extracting(m -> m.plate()).containsExactly(plate);
        assertThat(customers.search("555 00" + SEQ.get(), 10)).extracting(m -> m.plate()).contains(plate);
        assertThat(customers.search("virtan", 50)).extracting(m -> m.plate()).contains(plate);
    }

    @Test
    void starting_a_checked_in_car_is_one_change_with_both_steps_on_the_timeline() {
        long id = book("BGW-" + (100 + Staff.next() % 800), "0401112299", Set.of());
        move(id, Stage.CHECKED_IN, counter);
        long before = version(id);
        Checks.answerMandatory(checks, id, Stage.CHECKED_IN, counter);

        visits.beginWork(id, before, workshop);

        assertThat(version(id)).as("one write of the visit").isEqualTo(before + 1);
        VisitDetails details = overview.details(id);
        assertThat(details.card().stage()).isEqualTo(Stage.IN_WORK);
        assertThat(details.card().status()).isEqualTo(WorkStatus.IN_PROGRESS);
        assertThat(details.timeline()).extracting(e -> e.kind() + ":" + e.fromValue() + ">" + e.toValue())
                .endsWith("STAGE:CHECKED_IN>IN_WORK", "STATUS:WAITING>IN_PROGRESS");
        assertThatThrownBy(() -> visits.beginWork(id, version(id), workshop)).isInstanceOf(Problem.class);
    }

    @Test
    void a_plate_typed_without_its_dash_finds_that_car_not_every_phone_number_with_its_digits() {
        int n = 100 + Staff.next() % 800;
        String plate = "QPL-" + n;
        book(plate, "040 777 " + n + "1", Set.of());
        String other = "QPM-" + (n + 1);
        book(other, "040 " + n + " 4455", Set.of());

        assertThat(customers.search("qpl" + n, 10)).extracting(m -> m.plate()).containsExactly(plate);
        assertThat(customers.search(n + " 44", 10)).as("digits alone are a phone number")
                .extracting(m -> m.plate()).contains(other);
    }

    @Test
    void the_last_answer_a_car_waited_for_lifts_its_hold_and_the_counter_lists_the_waiting_lines_oldest_first() {
        long id = book("APR-" + (100 + SEQ.get()), "0401112244", EnumSet.noneOf(Flag.class));
        move(id, Stage.CHECKED_IN, counter);
        move(id, Stage.IN_WORK, workshop);
        long pads = extraWork.flagExtraWork(id, "Front brake pads worn to 2 mm", null, Urgency.SAFETY, workshop);
        long wipers = extraWork.flagExtraWork(id, "Wiper blades streak", null, Urgency.CAN_WAIT, workshop);
        visits.hold(id, version(id), HoldReason.WAITING_FOR_APPROVAL, null, workshop);
        assertThat(extraWork.awaitingAnswer()).extracting(ExtraWork::id).containsSubsequence(pads, wipers);

        // One answer of two: the car still waits.
        extraWork.decideExtraWork(pads, Decision.APPROVED, ContactChannel.PHONE, counter);
        assertThat(overview.card(id).status()).isEqualTo(WorkStatus.ON_HOLD);
        assertThat(extraWork.awaitingAnswer()).extracting(ExtraWork::id).contains(wipers).doesNotContain(pads);

        // The last one: the hold is lifted, on the timeline, and nothing of this car waits any more.
        extraWork.decideExtraWork(wipers, Decision.DECLINED, ContactChannel.PHONE, counter);
        VisitCard card = overview.card(id);
        assertThat(card.status()).isEqualTo(WorkStatus.WAITING);
        assertThat(card.holdReason()).isNull();
        assertThat(overview.details(id).timeline()).extracting(e -> e.kind() + ":" + e.fromValue() + "→" + e.toValue())
                .endsWith("EXTRA_WORK_DECIDED:Wiper blades streak→DECLINED", "STATUS:ON_HOLD:WAITING_FOR_APPROVAL→WAITING");
        assertThat(extraWork.awaitingAnswer()).extracting(ExtraWork::visitId).doesNotContain(id);
    }

    @Test
    void extra_work_described_at_the_longest_a_line_may_be_is_flagged_decided_and_on_the_timeline_whole() {
        long id = book("APL-" + (100 + SEQ.get()), "0401112266", EnumSet.noneOf(Flag.class));
        move(id, Stage.CHECKED_IN, counter);
        move(id, Stage.IN_WORK, workshop);
        String what = ("Etujarrupalat kuluneet 2 mm:iin, levyissä uria ja ruostetta; suositellaan vaihtoa. ").repeat(8)
                .substring(0, ExtraWorkService.MAX_LINE);
        long line = extraWork.flagExtraWork(id, what, null, Urgency.SAFETY, workshop);
        extraWork.decideExtraWork(line, Decision.APPROVED, ContactChannel.PHONE, counter);

        assertThat(overview.details(id).timeline()).extracting(e -> e.kind() + ":" + e.fromValue() + "→" + e.toValue())
                .contains("EXTRA_WORK_FLAGGED:null→" + what, "EXTRA_WORK_DECIDED:" + what + "→APPROVED");
        assertThatThrownBy(() -> extraWork.flagExtraWork(id, what + "x", null, Urgency.SAFETY, workshop))
                .isInstanceOf(Problem.class);
    }

    @Test
    void a_hold_for_another_reason_stays_when_the_customer_answers() {
        long id = book("APQ-" + (100 + SEQ.get()), "0401112255", EnumSet.noneOf(Flag.class));
        move(id, Stage.CHECKED_IN, counter);
        move(id, Stage.IN_WORK, workshop);
        long line = extraWork.flagExtraWork(id, "Coolant hose cracked", null, Urgency.SOON, workshop);
        visits.hold(id, version(id), HoldReason.WAITING_FOR_PARTS, null, workshop);

        extraWork.decideExtraWork(line, Decision.APPROVED, ContactChannel.PHONE, counter);

        assertThat(overview.card(id).holdReason()).isEqualTo(HoldReason.WAITING_FOR_PARTS);
    }

    @Test
    void a_car_travels_from_booking_to_handover_and_every_move_is_on_the_timeline() {
        long id = book("TML-" + (100 + SEQ.get()), "0401112233", EnumSet.of(Flag.CUSTOMER_WAITING));
        move(id, Stage.CHECKED_IN, counter);
        move(id, Stage.IN_WORK, workshop);
        visits.start(id, version(id), workshop);
        long line = extraWork.flagExtraWork(id, "Front brake pads worn to 2 mm", "Safety", Urgency.SAFETY, workshop);

        assertThatThrownBy(() -> move(id, Stage.QUALITY_CHECK, workshop))
                .isInstanceOf(Problem.class).hasMessageContaining("Front brake pads worn to 2 mm");
        assertThatThrownBy(() -> extraWork.markExtraWorkDone(line, workshop))
                .isInstanceOf(Problem.class).hasMessageContaining("cannot be done before the customer has approved");

        extraWork.decideExtraWork(line, Decision.APPROVED, ContactChannel.PHONE, counter);
        extraWork.markExtraWorkDone(line, workshop);
        move(id, Stage.QUALITY_CHECK, workshop);
        move(id, Stage.READY, workshop);
        move(id, Stage.FOLLOW_UP, counter);

        VisitDetails details = overview.details(id);
        assertThat(details.card().stage()).isEqualTo(Stage.FOLLOW_UP);
        assertThat(details.card().technicianId()).isEqualTo(technician.id());
        assertThat(details.card().flags()).containsExactly(Flag.CUSTOMER_WAITING);
        assertThat(details.timeline()).extracting(e -> e.kind() + ":" + e.toValue()).containsExactly(
                "BOOKED:BOOKED", "STAGE:CHECKED_IN", "STAGE:IN_WORK", "STATUS:IN_PROGRESS",
                "EXTRA_WORK_FLAGGED:Front brake pads worn to 2 mm", "EXTRA_WORK_DECIDED:APPROVED",
                "EXTRA_WORK_DONE:Front brake pads worn to 2 mm", "STAGE:QUALITY_CHECK", "STAGE:READY",
                "STAGE:FOLLOW_UP");
        assertThat(details.timeline()).extracting(VisitEvent::actorName)
                .contains(advisor.fullName(), technician.fullName());
        assertThat(details.extraWork().get(0).decidedBy()).isEqualTo(advisor.fullName());
        assertThat(details.extraWork().get(0).decidedVia()).isEqualTo(ContactChannel.PHONE);
    }

    @Test
    void a_change_made_from_a_stale_copy_is_refused_not_silently_applied() {
        long id = book("STL-" + (100 + SEQ.get()), "0402223344", Set.of());
        long seen = version(id);
        visits.move(id, seen, Stage.CHECKED_IN, null, counter);

        assertThatThrownBy(() -> visits.hold(id, seen, HoldReason.WAITING_FOR_PARTS, null, workshop))
                .isInstanceOf(Problem.class)
                .satisfies(p -> assertThat(((Problem) p).kind()).isEqualTo(Problem.Kind.CONFLICT))
                .hasMessageContaining("Someone else changed this visit meanwhile");
        assertThat(visits.find(id).getStatus()).isEqualTo(WorkStatus.WAITING);
    }

    @Test
    void declined_extra_work_stays_on_file_for_the_next_visit() {
        String plate = "DCL-" + (100 + SEQ.get());
        long id = book(plate, "0403334455", Set.of());
        move(id, Stage.CHECKED_IN, counter);
        long line = extraWork.flagExtraWork(id, "Rear tyres near the limit", null, Urgency.SOON, workshop);
        extraWork.decideExtraWork(line, Decision.DECLINED, ContactChannel.SMS, counter);

        assertThatThrownBy(() -> extraWork.decideExtraWork(line, Decision.APPROVED, ContactChannel.PHONE, counter))
                .isInstanceOf(Problem.class);
        long next = book(plate, "0403334455", Set.of());
        assertThat(overview.declinedWork(visits.find(next).getVehicleId()))
                .extracting(ExtraWork::description).containsExactly("Rear tyres near the limit");
    }

    @Test
    void a_handoff_lands_in_the_receivers_queue_with_its_reason() {
        long id = book("HND-" + (100 + SEQ.get()), "0404445566", Set.of());
        move(id, Stage.CHECKED_IN, counter);
        long workshopId = people.department(Department.WORKSHOP).id();
        visits.handOff(id, version(id), workshopId, technician.id(), "Customer asks about a rattle, call him back",
                counter);

        assertThat(overview.myJobs(technician.id())).extracting(VisitCard::id).contains(id);
        VisitEvent handoff = overview.details(id).timeline().get(2);
        assertThat(handoff.kind()).isEqualTo(EventKind.HANDOFF);
        assertThat(handoff.note()).isEqualTo("Customer asks about a rattle, call him back");
        assertThatThrownBy(() -> visits.handOff(id, version(id), workshopId, null, " ", counter))
                .isInstanceOf(Problem.class).hasMessage("Reason: required");
    }

    @Test
    void a_booking_with_bad_fields_names_the_field() {
        Instant at = TestTime.START;
        assertThatThrownBy(() -> visits.book(new Booking(new CustomerDetails("A", "040", null, "!", null, "Skoda",
                "Fabia", null), "Service", at, at.plusSeconds(3600), null, Set.of()), counter))
                .isInstanceOf(Problem.class).hasMessageStartingWith("Phone:");
        assertThatThrownBy(() -> visits.book(new Booking(new CustomerDetails("A", "0401234567", null, "ABC-1",
                null, "Skoda", "Fabia", null), "Service", at, at.minusSeconds(60), null, Set.of()), counter))
                .isInstanceOf(Problem.class)
                .hasMessage("Promised handover: the promised handover must be after the booked time");
    }

    @Test
    void an_empty_booking_names_every_missing_field_at_once() {
        Instant at = TestTime.START;
        Problem problem = Assertions.assertThrows(Problem.class, () -> visits.book(new Booking(
                new CustomerDetails(" ", "", null, "", null, "", "", 1800), " ", at, null, null, Set.of()), counter));

        assertThat(problem.problems()).extracting(Problem::field).containsExactly("customer.name", "customer.phone",
                "vehicle.plate", "vehicle.make", "vehicle.model", "vehicle.year", "requestedWork", "promisedAt");
        assertThat(problem.getMessage()).isEqualTo("Customer name: required; Phone: give a phone number or an e-mail"
                + " address; Plate: required; Make: required;"
                + " Model: required; Model year: 1,800 is not a model year; Requested work: required;"
                + " Promised handover: required");
    }

    @Test
    void plates_and_phones_are_stored_in_one_form_whatever_the_typing() {
        int n = 100 + SEQ.get();
        long id = book("zzt " + n, "040 555 " + n, Set.of());
        VisitCard card = overview.card(id);
        assertThat(card.plate()).isEqualTo("ZZT-" + n);
        assertThat(card.customerPhone()).isEqualTo("+35840555" + n);
        // The same car typed another way is the same car, shown the same way.
        long again = book("ZZT-" + n, "+358 40 555 " + n, Set.of());
        assertThat(overview.card(again).vehicleId()).isEqualTo(card.vehicleId());
        assertThat(customers.search("zzt" + n, 5)).extracting(m -> m.plate()).containsExactly("ZZT-" + n);
    }

    @Test
    void contacts_are_logged_on_the_visit() {
        long id = book("CNT-" + (100 + SEQ.get()), "0405556677", Set.of());
        contacts.logContact(id, ContactChannel.PHONE, Direction.OUTBOUND, "Confirmed the booking for tomorrow", counter);
        List<CustomerContact> log = overview.details(id).contacts();
        assertThat(log).extracting(CustomerContact::summary).containsExactly("Confirmed the booking for tomorrow");
        assertThat(log.get(0).staffName()).isEqualTo(advisor.fullName());
    }

    @Test
    void check_in_confirms_the_flags_contact_details_and_technician_in_one_step() {
        long id = book("CHK-" + (100 + SEQ.get()), "0406667788", EnumSet.noneOf(Flag.class));
        visits.checkIn(id, version(id), new CheckIn(EnumSet.of(Flag.WASH), technician.id(), "050 111 2222",
                "new@example.com", "Squeak from the front when braking cold"), counter);

        VisitCard card = overview.card(id);
        assertThat(card.stage()).isEqualTo(Stage.CHECKED_IN);
        assertThat(card.flags()).containsExactly(Flag.WASH);
        assertThat(card.technicianId()).isEqualTo(technician.id());
        // Stored in E.164 whatever the typing; shown in the national format.
        assertThat(card.customerPhone()).isEqualTo("+358501112222");
        assertThat(Phones.shown(card.customerPhone())).isEqualTo("050 1112222");
        assertThat(card.customerEmail()).isEqualTo("new@example.com");
        assertThat(overview.details(id).timeline()).extracting(VisitEvent::note)
                .contains("Squeak from the front when braking cold");

        long other = book("CHX-" + (100 + SEQ.get()), "0406667799", EnumSet.noneOf(Flag.class));
        assertThatThrownBy(() -> visits.checkIn(other, version(other),
                new CheckIn(Set.of(), null, "not a phone", null, null), counter))
                .isInstanceOf(Problem.class).hasMessageStartingWith("Phone:");
        assertThat(overview.card(other).stage()).isEqualTo(Stage.BOOKED);
    }
}
