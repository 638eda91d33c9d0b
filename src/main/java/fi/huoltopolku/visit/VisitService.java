package fi.huoltopolku.visit;

import static fi.huoltopolku.visit.Journey.notClosed;
import static fi.huoltopolku.visit.VisitWriter.MAX_TEXT;
import static fi.huoltopolku.visit.VisitWriter.blankToNull;
import static fi.huoltopolku.visit.VisitWriter.required;
import static fi.huoltopolku.visit.VisitWriter.statusText;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.VehicleMatch;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Callers;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The visit's journey: booking and its time and promise, check-in, moves between stages, status and
 * holds, the technician, handoffs, and the flags that travel with the car; changes when the journey
 * does. Each change is an event on the visit's timeline, and a change made from a stale copy of the
 * visit is refused (optimistic locking, {@link VisitWriter}). Extra work is {@link ExtraWorkService}'s,
 * the contacts with the customer {@link CustomerContacts}', comebacks and rework notes {@link Rework}'s.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class VisitService {

    private final VisitWriter writer;
    private final StageMoves moves;
    private final CustomerService customers;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final ApplicationEventPublisher<VisitHandedOver> handovers;
    private final ApplicationEventPublisher<CustomerNews> news;
    private final VisitRules rules;
    private final TechnicianJobs jobs;

    VisitService(VisitWriter writer, StageMoves moves, CustomerService customers, PeopleService people,
            WorkshopClock clock, ApplicationEventPublisher<VisitHandedOver> handovers,
            ApplicationEventPublisher<CustomerNews> news, VisitRules rules, TechnicianJobs jobs) {
        this.writer = writer;
        this.moves = moves;
        this.customers = customers;
        this.people = people;
        this.clock = clock;
        this.handovers = handovers;
        this.news = news;
        this.rules = rules;
        this.jobs = jobs;
    }

    /** Books a visit; the customer and car are found by plate, phone or e-mail, or recorded. */
    @Transactional
    public long book(Booking booking, Actor actor) {
        return book(booking, Callers.dataScope().home(), actor);
    }

    /** The same at one of the caller's sites (the caller's own site by default, above). */
    @Transactional
    public long book(Booking booking, long siteId, Actor actor) {
        if (!Callers.dataScope().contains(siteId)) {
            throw Problem.invalid("site", "site.notYours", String.valueOf(siteId));
        }
        // Every problem of the booking at once: the form marks each field.
        Validation check = new Validation();
        check.run(() -> CustomerService.validate(booking.customer()));
        String work = check.value(() -> required("requestedWork", booking.requestedWork(), MAX_TEXT));
        check.that(booking.bookedAt() != null, "bookedAt", "problem.required");
        check.sane(booking.bookedAt(), "bookedAt");
        check.sane(booking.promisedAt(), "promisedAt");
        if (check.that(booking.promisedAt() != null, "promisedAt", "problem.required") && booking.bookedAt() != null) {
            check.that(booking.promisedAt().isAfter(booking.bookedAt()), "promisedAt", "problem.promiseBeforeBooking");
        }
        Long advisorId = booking.advisorId();
        if (advisorId != null) {
            check.run(() -> {
                Person advisor = people.find(advisorId)
                        .orElseThrow(() -> Problem.invalid("advisor", "problem.unknownPerson", booking.advisorId()));
                if (advisor.role() != Role.ADVISOR) {
                    throw Problem.invalid("advisor", "problem.notAnAdvisor", advisor.fullName());
                }
            });
        }
        rules.plannedHours(booking.plannedMinutes(), check);
        check.done();
        VehicleMatch car = customers.findOrCreate(booking.customer());
        Instant now = clock.now();
        Visit visit = new Visit(null, car.customerId(), car.vehicleId(), work, booking.bookedAt(),
                booking.promisedAt(), advisorId, null, Stage.BOOKED, WorkStatus.WAITING, null,
                people.department(Department.RECEPTION).id(), advisorId, false, false, false, false, now, now, now,
                null, null);
        visit.applyFlags(booking.flags());
        visit.setVisitType(booking.type() == null ? VisitType.SERVICE : booking.type());
        visit.setPlannedMinutes(booking.plannedMinutes() == null ? Booking.DEFAULT_PLANNED_MINUTES
                : booking.plannedMinutes());
        visit.setSiteId(siteId);
        visit = writer.add(visit);
        writer.record(visit, actor, EventKind.BOOKED, null, Stage.BOOKED.name(), null);
        return visit.getId();
    }

    /** Moves a visit to another stage, if the journey's rules allow it. */
    @Transactional
    public void move(long visitId, long expectedVersion, Stage to, @Nullable String note, Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        jobs.mayChange(visit, actor);
        Stage from = moves.moveTo(visit, to, note, actor);
        writer.save(visit);
        writer.record(visit, actor, EventKind.STAGE, from.name(), to.name(), blankToNull(note));
        if (from == Stage.READY && to == Stage.FOLLOW_UP) {
            handovers.publishEvent(new VisitHandedOver(visitId));
        }
        if (Journey.forward(from, to) && (to == Stage.CHECKED_IN || to == Stage.READY)) {
            news.publishEvent(new CustomerNews(visitId, to == Stage.READY ? CustomerNews.Kind.READY
                    : CustomerNews.Kind.CHECKED_IN, null, null, null));
        }
    }

    /**
     * Moves a booking to another time with the reason (on the timeline); the promise moves by as
     * much. Only a booking not yet checked in; every problem named at once.
     */
    @Transactional
    public void reschedule(long visitId, long expectedVersion, @Nullable Instant bookedAt, @Nullable String reason,
            Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        if (visit.getStage() != Stage.BOOKED) {
            throw Problem.refused("calendar.notABooking", visit.getStage());
        }
        Validation check = new Validation();
        String why = check.value(() -> required("reason", reason, MAX_TEXT));
        if (check.that(bookedAt != null, "bookedAt", "problem.required") && check.sane(bookedAt, "bookedAt")) {
            check.that(!bookedAt.equals(visit.getBookedAt()), "bookedAt", "calendar.sameTime");
        }
        check.done();
        Instant before = visit.getBookedAt();
        visit.setBookedAt(bookedAt);
        visit.setPromisedAt(visit.getPromisedAt().plus(Duration.between(before, bookedAt)));
        writer.save(visit);
        writer.record(visit, actor, EventKind.RESCHEDULED, before.toString(), bookedAt.toString(), why);
    }

    /** A booking that will not happen: cancelled, or the customer did not come; closed with the reason. */
    @Transactional
    public void cancelBooking(long visitId, long expectedVersion, boolean noShow, @Nullable String reason,
            Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        if (visit.getStage() != Stage.BOOKED) {
            throw Problem.refused("calendar.notABooking", visit.getStage());
        }
        if (noShow) {
            rules.noShowDue(visit);
        }
        String why = required("reason", reason, MAX_TEXT);
        writer.record(visit, actor, noShow ? EventKind.NO_SHOW : EventKind.CANCELLED, null, null, why);
        Stage from = moves.moveTo(visit, Stage.CLOSED, why, actor);
        writer.save(visit);
        writer.record(visit, actor, EventKind.STAGE, from.name(), Stage.CLOSED.name(), why);
    }

    /**
     * Moves the promised handover time, with the reason (on the timeline); a later time told to the
     * customer when {@code tellCustomer} (by their channel, if they take messages). Every problem of
     * the change is named at once.
     */
    @Transactional
    public void changePromise(long visitId, long expectedVersion, @Nullable Instant promisedAt, @Nullable String reason,
            boolean tellCustomer, Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        notClosed(visit);
        Validation check = new Validation();
        String why = check.value(() -> required("reason", reason, MAX_TEXT));
        if (check.that(promisedAt != null, "promisedAt", "problem.required") && check.sane(promisedAt, "promisedAt")) {
            check.that(promisedAt.isAfter(visit.getBookedAt()), "promisedAt", "problem.promiseBeforeBooking");
            check.that(!promisedAt.equals(visit.getPromisedAt()), "promisedAt", "visit.promiseUnchanged");
        }
        check.done();
        Instant before = visit.getPromisedAt();
        visit.setPromisedAt(promisedAt);
        writer.save(visit);
        writer.record(visit, actor, EventKind.PROMISE, before.toString(), promisedAt.toString(), why);
        if (tellCustomer && promisedAt.isAfter(before)) {
            news.publishEvent(new CustomerNews(visitId, CustomerNews.Kind.DELAY, before, promisedAt, why));
        }
    }

    /**
     * Checks the car in: the flags confirmed with the customer, optionally the technician, and
     * the move to Checked in, as one change.
     */
    @Transactional
    public void checkIn(long visitId, long expectedVersion, CheckIn checkIn, Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        customers.confirmContact(visit.getCustomerId(), checkIn.phone(), checkIn.email());
        Set<Flag> flags = checkIn.flags();
        if (!visit.flags().equals(flags)) {
            writer.record(visit, actor, EventKind.FLAGS, flagText(visit.flags()), flagText(flags), null);
            visit.applyFlags(flags);
        }
        if (checkIn.technicianId() != null) {
            Person technician = technician(checkIn.technicianId());
            visit.setTechnicianId(technician.id());
            writer.record(visit, actor, EventKind.TECHNICIAN, null, technician.fullName(), null);
        }
        Visit saved = writer.save(visit);
        move(visitId, Objects.requireNonNull(saved.getVersion()), Stage.CHECKED_IN, checkIn.note(), actor);
    }

    /**
     * A technician begins the job: a checked-in car moves into work, and the work is in progress;
     * one change of the visit (one write, both steps on its timeline).
     */
    @Transactional
    public void beginWork(long visitId, long expectedVersion, Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        VisitRules.arrived(visit);
        jobs.mayChange(visit, actor);
        Stage from = visit.getStage() == Stage.CHECKED_IN ? moves.moveTo(visit, Stage.IN_WORK, null, actor) : null;
        String status = moves.startIn(visit, actor);
        writer.save(visit);
        if (from != null) {
            writer.record(visit, actor, EventKind.STAGE, from.name(), Stage.IN_WORK.name(), null);
        }
        writer.record(visit, actor, EventKind.STATUS, status, WorkStatus.IN_PROGRESS.name(), null);
    }

    /** The work in the current stage starts (or resumes after a hold). */
    @Transactional
    public void start(long visitId, long expectedVersion, Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        VisitRules.arrived(visit);
        jobs.mayChange(visit, actor);
        String from = moves.startIn(visit, actor);
        writer.save(visit);
        writer.record(visit, actor, EventKind.STATUS, from, WorkStatus.IN_PROGRESS.name(), null);
    }

    /** Puts the visit on hold with a reason. */
    @Transactional
    public void hold(long visitId, long expectedVersion, HoldReason reason, @Nullable String note, Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        jobs.mayChange(visit, actor);
        notClosed(visit);
        String from = statusText(visit);
        visit.setStatus(WorkStatus.ON_HOLD);
        visit.setHoldReason(reason);
        writer.save(visit);
        writer.record(visit, actor, EventKind.STATUS, from, WorkStatus.ON_HOLD.name() + ":" + reason.name(),
                blankToNull(note));
    }

    /** Assigns the technician who does the work. */
    @Transactional
    public void assignTechnician(long visitId, long expectedVersion, long technicianId, Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        notClosed(visit);
        Person technician = technician(technicianId);
        Long before = visit.getTechnicianId();
        visit.setTechnicianId(technicianId);
        if (visit.getStage() == Stage.IN_WORK) {
            visit.setOwnerPersonId(technicianId);
        }
        writer.save(visit);
        writer.record(visit, actor, EventKind.TECHNICIAN, before == null ? null : nameOf(before), technician.fullName(),
                null);
    }

    /**
     * Hands the visit over to another department or person with a reason; it lands in their queue.
     * The customer never has to start again elsewhere.
     */
    @Transactional
    public void handOff(long visitId, long expectedVersion, long departmentId, @Nullable Long personId,
            @Nullable String reason, Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        notClosed(visit);
        String why = required("reason", reason, MAX_TEXT);
        Department department = people.departmentsById().get(departmentId);
        if (department == null) {
            throw Problem.invalid("department", "problem.unknownDepartment", departmentId);
        }
        Person person = null;
        if (personId != null) {
            person = people.find(personId)
                    .orElseThrow(() -> Problem.invalid("person", "problem.unknownPerson", personId));
        }
        String from = ownerText(visit);
        visit.setOwnerDepartmentId(departmentId);
        visit.setOwnerPersonId(personId);
        writer.save(visit);
        writer.record(visit, actor, EventKind.HANDOFF, from,
                department.code() + (person == null ? "" : " / " + person.fullName()), why);
    }

    /** Changes the flags that travel with the car (at booking or check-in). */
    @Transactional
    public void setFlags(long visitId, long expectedVersion, Set<Flag> flags, Actor actor) {
        Visit visit = writer.load(visitId, expectedVersion);
        notClosed(visit);
        Set<Flag> before = visit.flags();
        if (before.equals(flags)) {
            return;
        }
        visit.applyFlags(flags);
        writer.save(visit);
        writer.record(visit, actor, EventKind.FLAGS, flagText(before), flagText(flags), null);
    }

    /** The visit; refused as not found when there is none. */
    @Transactional
    public Visit find(long visitId) {
        return writer.find(visitId);
    }

    private Person technician(long technicianId) {
        Person technician = people.find(technicianId)
                .orElseThrow(() -> Problem.invalid("technician", "problem.unknownPerson", technicianId));
        if (technician.role() != Role.TECHNICIAN) {
            throw Problem.invalid("technician", "problem.notATechnician", technician.fullName());
        }
        return technician;
    }

    private String nameOf(long personId) {
        return people.find(personId).map(Person::fullName).orElse("#" + personId);
    }

    private String ownerText(Visit visit) {
        String department = people.departmentsById().get(visit.getOwnerDepartmentId()).code();
        return visit.getOwnerPersonId() == null ? department : department + " / " + nameOf(visit.getOwnerPersonId());
    }

    private static String flagText(Set<Flag> flags) {
        return flags.stream().map(Flag::name).sorted().collect(Collectors.joining(","));
    }
}
