package fi.huoltopolku.matter;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.customer.Customer;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.site.SiteScope;
import fi.huoltopolku.visit.ContactChannel;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Opens, hands over and closes customer matters; lists each person's and department's queue. */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class MatterService {

    static final int MAX_SUBJECT = 500;
    static final int MAX_TEXT = 2000;

    private final MatterRepository matters;
    private final MatterEventRepository events;
    private final CustomerService customers;
    private final PeopleService people;
    private final WorkshopClock clock;

    MatterService(MatterRepository matters, MatterEventRepository events, CustomerService customers,
            PeopleService people, WorkshopClock clock) {
        this.matters = matters;
        this.events = events;
        this.customers = customers;
        this.people = people;
        this.clock = clock;
    }

    /** Records a customer's matter, owned by a department and optionally a person. */
    @Transactional
    public long open(long customerId, @Nullable String subject, ContactChannel channel, @Nullable Long departmentId,
            @Nullable Long personId, Actor actor) {
        if (customers.customersById(List.of(customerId)).isEmpty()) {
            throw Problem.notFound("problem.noSuchCustomer", customerId);
        }
        // Every problem of the new matter at once: the dialog marks each field.
        Validation check = new Validation();
        String what = check.value(() -> text("subject", subject, MAX_SUBJECT));
        String owner = check.that(departmentId != null, "department", "problem.required")
                ? check.value(() -> owner(departmentId, personId)) : null;
        check.done();
        CustomerMatter matter = matters.save(new CustomerMatter(null, customerId, what, channel, departmentId, personId,
                MatterStatus.OPEN, null, clock.now(), actor.name(), null, null, Callers.dataScope().home()));
        events.save(new MatterEvent(null, matter.id(), clock.now(), actor.name(), "OPENED", owner, null));
        return matter.id();
    }

    /** Hands the matter to another department or person with a reason; it lands in their queue. */
    @Transactional
    public void handOff(long matterId, long expectedVersion, long departmentId, @Nullable Long personId,
            @Nullable String reason, Actor actor) {
        CustomerMatter matter = load(matterId, expectedVersion);
        String why = text("reason", reason, MAX_TEXT);
        String owner = owner(departmentId, personId);
        update(matter.handedTo(departmentId, personId));
        events.save(new MatterEvent(null, matterId, clock.now(), actor.name(), "HANDOFF", owner, why));
    }

    /** Closes the matter; what was done is written down. */
    @Transactional
    public void close(long matterId, long expectedVersion, @Nullable String resolution, Actor actor) {
        CustomerMatter matter = load(matterId, expectedVersion);
        String how = text("resolution", resolution, MAX_TEXT);
        update(matter.closed(how, clock.now()));
        events.save(new MatterEvent(null, matterId, clock.now(), actor.name(), "CLOSED", null, how));
    }

    /** Open matters for a person: theirs, and their department's that nobody has taken. */
    @Transactional
    public List<MatterCard> queue(Person person) {
        return cards(matters.findByStatusOrderByOpenedAt(MatterStatus.OPEN).stream()
                .filter(m -> Objects.equals(m.ownerPersonId(), person.id())
                        || (m.ownerPersonId() == null && m.ownerDepartmentId().equals(person.departmentId())))
                .toList());
    }

    @Transactional
    public List<MatterCard> ofCustomer(long customerId) {
        return cards(matters.findByCustomerIdOrderByOpenedAtDesc(customerId));
    }

    @Transactional
    public List<MatterEvent> history(long matterId) {
        if (matters.findById(matterId).filter(m -> Callers.sees(m.siteId())).isEmpty()) {
            throw Problem.notFound("problem.noSuchMatter", matterId);
        }
        return events.findByMatterIdOrderById(matterId);
    }

    /** The cards of the matters of the caller's sites: every list of matters goes through here. */
    private List<MatterCard> cards(List<CustomerMatter> all) {
        SiteScope scope = Callers.dataScope();
        List<CustomerMatter> list = all.stream().filter(m -> scope.contains(m.siteId())).toList();
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, Customer> owners = customers.customersById(list.stream().map(CustomerMatter::customerId).distinct().toList());
        Map<Long, Person> staff = people.peopleById();
        Map<Long, Department> departments = people.departmentsById();
        return list.stream().map(m -> {
            Customer c = owners.get(m.customerId());
            List<MatterEvent> history = events.findByMatterIdOrderById(m.id());
            String lastNote = history.isEmpty() ? null : history.get(history.size() - 1).note();
            Person owner = m.ownerPersonId() == null ? null : staff.get(m.ownerPersonId());
            return new MatterCard(m.id(), m.version(), c.id(), c.name(), c.phone(), m.subject(), m.channel(),
                    departments.get(m.ownerDepartmentId()).code(), m.ownerPersonId(),
                    owner == null ? null : owner.fullName(), m.status(), m.openedAt(), m.openedBy(), lastNote);
        }).toList();
    }

    private CustomerMatter load(long matterId, long expectedVersion) {
        CustomerMatter matter = matters.findById(matterId).filter(m -> Callers.sees(m.siteId()))
                .orElseThrow(() -> Problem.notFound("problem.noSuchMatter", matterId));
        if (matter.status() == MatterStatus.CLOSED) {
            throw Problem.refused("matter.closed");
        }
        if (!Objects.equals(matter.version(), expectedVersion)) {
            throw Problem.conflict("problem.staleMatter");
        }
        return matter;
    }

    private void update(CustomerMatter matter) {
        try {
            matters.update(matter);
        } catch (OptimisticLockException e) {
            throw Problem.conflict("problem.staleMatter");
        }
    }

    private String owner(long departmentId, @Nullable Long personId) {
        Department department = people.departmentsById().get(departmentId);
        if (department == null) {
            throw Problem.invalid("department", "problem.unknownDepartment", departmentId);
        }
        if (personId == null) {
            return department.code();
        }
        Person person = people.find(personId)
                .orElseThrow(() -> Problem.invalid("person", "problem.unknownPerson", personId));
        return department.code() + " / " + person.fullName();
    }

    private static String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field, "problem.required");
        }
        if (value.length() > max) {
            throw Problem.invalid(field, "problem.tooLong", max);
        }
        return value.trim();
    }
}
