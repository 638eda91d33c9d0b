package fi.huoltopolku.people;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.site.Site;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Staff and departments. */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER, Role.ADMIN})
public class PeopleService {

    private final PersonRepository people;
    private final DepartmentRepository departments;

    PeopleService(PersonRepository people, DepartmentRepository departments) {
        this.people = people;
        this.departments = departments;
    }

    @Transactional
    public List<Person> active() {
        return people.findByActiveOrderByFullName(true);
    }

    @Transactional
    public List<Person> withRole(Role role) {
        return people.findByRoleAndActiveOrderByFullName(role, true);
    }

    @Transactional
    public Optional<Person> find(long id) {
        return people.findById(id);
    }

    @Transactional
    public Optional<Person> findByUsername(String username) {
        return people.findByUsername(username);
    }

    /** A person by id or username, as integrations name them. */
    @Transactional
    public Person byReference(String reference, String field) {
        String shown = reference.length() > 40 ? reference.substring(0, 40) + "…" : reference;
        if (reference.isBlank() || reference.length() > 100) {
            throw Problem.invalid(field, "problem.unknownPerson", shown);
        }
        Optional<Person> found = reference.matches("[0-9]{1,18}")
                ? people.findById(Long.parseLong(reference))
                : people.findByUsername(reference);
        return found.orElseThrow(() -> Problem.invalid(field, "problem.unknownPerson", shown));
    }

    @Transactional
    public Person create(String username, String fullName, Role role, String departmentCode) {
        return create(username, fullName, role, departmentCode, role == Role.ADMIN ? null : Site.FIRST);
    }

    /** A new person whose job is held at a site, or at the group when {@code siteId} is {@code null}. */
    @Transactional
    public Person create(String username, String fullName, Role role, String departmentCode, @Nullable Long siteId) {
        if (people.findByUsername(username).isPresent()) {
            throw Problem.invalid("username", "problem.usernameTaken", username);
        }
        Person person = people.save(new Person(null, username, fullName, role, department(departmentCode).id(), true));
        grantAt(person.id(), siteId, role);
        return person;
    }

    /** Gives a person a role (they keep the ones they have); see also the admin's AccountService. */
    @Transactional
    @Allowed(Role.ADMIN)
    public void grant(long personId, Role role) {
        grantAt(personId, role == Role.ADMIN ? null : Site.FIRST, role);
    }

    /** Gives a person a role at a site, or at the group when {@code siteId} is {@code null}. */
    @Transactional
    @Allowed(Role.ADMIN)
    public void grantAt(long personId, @Nullable Long siteId, Role role) {
        if (siteId == null) {
            people.grantAtGroup(personId, role.name());
        } else {
            people.grantAtSite(personId, siteId, role.name());
        }
    }

    /** The active people holding a role at a site (or at the group), by name. */
    @Transactional
    public List<Person> withRoleAt(Role role, long siteId) {
        return people.findActiveWithRoleAt(role.name(), siteId);
    }

    /** Everyone on record, active or not, by name. */
    @Transactional
    public List<Person> everyone() {
        return people.findAll().stream().sorted(Comparator.comparing(Person::fullName)).toList();
    }

    @Transactional
    public void setActive(long personId, boolean active) {
        Person p = people.findById(personId).orElseThrow(() -> Problem.notFound("problem.unknownPerson", personId));
        people.update(new Person(p.id(), p.username(), p.fullName(), p.role(), p.departmentId(), active));
    }

    @Transactional
    public List<Department> departments() {
        return departments.listOrderById();
    }

    @Transactional
    public Department department(String code) {
        return departments.findByCode(code)
                .orElseThrow(() -> Problem.notFound("problem.unknownDepartment", code));
    }

    @Transactional
    public Map<Long, Department> departmentsById() {
        return departments.listOrderById().stream().collect(Collectors.toMap(Department::id, Function.identity()));
    }

    @Transactional
    public Map<Long, Person> peopleById() {
        return people.findAll().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }
}
