package fi.huoltopolku.visit;

import fi.huoltopolku.base.Amounts;
import fi.huoltopolku.base.Localized;
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
import fi.huoltopolku.security.Access;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything that changes a visit: booking, moves between stages, status and holds, technician,
 * handoffs, extra work and customer contacts. Each change is an event on the visit's timeline,
 * and a change made from a stale copy of the visit is refused (optimistic locking).
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class VisitService {

    static final int MAX_TEXT = 2000;
    static final int MAX_LINE = 500;

    private final VisitRepository visits;
    private final VisitEventRepository events;
    private final ExtraWorkRepository extraWork;
    private final CustomerContactRepository contacts;
    private final CustomerService customers;
    private final PeopleService people;
    private final WorkshopClock clock;
    private final ApplicationEventPublisher<VisitChanged> publisher;
    private final ApplicationEventPublisher<VisitHandedOver> handovers;
    private final ApplicationEventPublisher<CustomerNews> news;
    private final List<StageGate> gates;
    private final VisitRules rules;
    private final TechnicianJobs jobs;

    VisitService(VisitRepository visits, VisitEventRepository events, ExtraWorkRepository extraWork,
            CustomerContactRepository contacts, CustomerService customers, PeopleService people,
            WorkshopClock clock, ApplicationEventPublisher<VisitChanged> publisher,
            ApplicationEventPublisher<VisitHandedOver> handovers, List<StageGate> gates,
            ApplicationEventPublisher<CustomerNews> news, VisitRules rules, TechnicianJobs jobs) {
        this.rules = rules;
        this.jobs = jobs;
        this.news = news;
        this.handovers = handovers;
        this.gates = gates;
        this.visits = visits;
        this.events = events;
        this.extraWork = extraWork;
        this.contacts = contacts;
        this.customers = customers;
        this.people = people;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Books a visit; the customer and car are found by plate, phone or e-mail, or recorded. */
    @Transactional
    public long book(Booking booking, Actor actor) {
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
        visit = visits.save(visit);
        record(visit, actor, EventKind.BOOKED, null, Stage.BOOKED.name(), null);
        return visit.getId();
    }

    /** Moves a visit to another stage, if the journey's rules allow it. */
    @Transactional
    public void move(long visitId, long expectedVersion, Stage to, @Nullable String note, Actor actor) {
        Visit visit = load(visitId, expectedVersion);
        jobs.mayChange(visit, actor);
        Stage from = moveTo(visit, to, note, actor);
        save(visit);
        record(visit, actor, EventKind.STAGE, from.name(), to.name(), blankToNull(note));
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
        Visit visit = load(visitId, expectedVersion);
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
        visit.setPromisedAt(visit.getPromisedAt().plus(java.time.Duration.between(before, bookedAt)));
        save(visit);
        record(visit, actor, EventKind.RESCHEDULED, before.toString(), bookedAt.toString(), why);
    }

    /** A booking that will not happen: cancelled, or the customer did not come; closed with the reason. */
    @Transactional
    public void cancelBooking(long visitId, long expectedVersion, boolean noShow, @Nullable String reason,
            Actor actor) {
        Visit visit = load(visitId, expectedVersion);
        if (visit.getStage() != Stage.BOOKED) {
            throw Problem.refused("calendar.notABooking", visit.getStage());
        }
        if (noShow) {
            rules.noShowDue(visit);
        }
        String why = required("reason", reason, MAX_TEXT);
        record(visit, actor, noShow ? EventKind.NO_SHOW : EventKind.CANCELLED, null, null, why);
        Stage from = moveTo(visit, Stage.CLOSED, why, actor);
        save(visit);
        record(visit, actor, EventKind.STAGE, from.name(), Stage.CLOSED.name(), why);
    }

    /**
     * Moves the promised handover time, with the reason (on the timeline); a later time told to the
     * customer when {@code tellCustomer} (by their channel, if they take messages). Every problem of
     * the change is named at once.
     */
    @Transactional
    public void changePromise(long visitId, long expectedVersion, @Nullable Instant promisedAt, @Nullable String reason,
            boolean tellCustomer, Actor actor) {
        Visit visit = load(visitId, expectedVersion);
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
        save(visit);
        record(visit, actor, EventKind.PROMISE, before.toString(), promisedAt.toString(), why);
        if (tellCustomer && promisedAt.isAfter(before)) {
            news.publishEvent(new CustomerNews(visitId, CustomerNews.Kind.DELAY, before, promisedAt, why));
        }
    }

    /** Puts the visit in the stage if the journey's rules allow it (not saved yet); answers the stage it left. */
    private Stage moveTo(Visit visit, Stage to, @Nullable String note, Actor actor) {
        long visitId = Objects.requireNonNull(visit.getId());
        Stage from = visit.getStage();
        Journey.checkMove(from, to, visit.flags(), extraWork.findByVisitIdOrderById(visitId), note);
        if (to == Stage.CHECKED_IN || to == Stage.IN_WORK) {
            rules.oneVisitInHouse(visit);
        }
        if (Journey.forward(from, to)) {
            List<Localized> open = gates.stream().flatMap(g -> g.openMandatory(visitId, from).stream()).toList();
            if (!open.isEmpty()) {
                throw Problem.refused("journey.mandatoryOpen", from, open);
            }
        }
        if (to == Stage.IN_WORK && visit.getTechnicianId() == null && isTechnician(actor)) {
            visit.setTechnicianId(actor.personId());
        }
        visit.setStage(to);
        visit.setStatus(WorkStatus.WAITING);
        visit.setHoldReason(null);
        visit.setStageEnteredAt(clock.now());
        visit.setOwnerDepartmentId(people.department(to.department()).id());
        visit.setOwnerPersonId(switch (to) {
            case IN_WORK -> visit.getTechnicianId();
            case QUALITY_CHECK, WASH -> null;
            default -> visit.getAdvisorId();
        });
        return from;
    }

    /**
     * Checks the car in: the flags confirmed with the customer, optionally the technician, and
     * the move to Checked in, as one change.
     */
    @Transactional
    public void checkIn(long visitId, long expectedVersion, CheckIn checkIn, Actor actor) {
        Visit visit = load(visitId, expectedVersion);
        customers.confirmContact(visit.getCustomerId(), checkIn.phone(), checkIn.email());
        Set<Flag> flags = checkIn.flags();
        if (!visit.flags().equals(flags)) {
            record(visit, actor, EventKind.FLAGS, flagText(visit.flags()), flagText(flags), null);
            visit.applyFlags(flags);
        }
        if (checkIn.technicianId() != null) {
            Person technician = technician(checkIn.technicianId());
            visit.setTechnicianId(technician.id());
            record(visit, actor, EventKind.TECHNICIAN, null, technician.fullName(), null);
        }
        Visit saved = save(visit);
        move(visitId, Objects.requireNonNull(saved.getVersion()), Stage.CHECKED_IN, checkIn.note(), actor);
    }

    /**
     * A technician begins the job: a checked-in car moves into work, and the work is in progress;
     * one change of the visit (one write, both steps on its timeline).
     */
    @Transactional
    public void beginWork(long visitId, long expectedVersion, Actor actor) {
        Visit visit = load(visitId, expectedVersion);
        VisitRules.arrived(visit);
        jobs.mayChange(visit, actor);
        Stage from = visit.getStage() == Stage.CHECKED_IN ? moveTo(visit, Stage.IN_WORK, null, actor) : null;
        String status = startIn(visit, actor);
        save(visit);
        if (from != null) {
            record(visit, actor, EventKind.STAGE, from.name(), Stage.IN_WORK.name(), null);
        }
        record(visit, actor, EventKind.STATUS, status, WorkStatus.IN_PROGRESS.name(), null);
    }

    /** The work in the current stage starts (or resumes after a hold). */
    @Transactional
    public void start(long visitId, long expectedVersion, Actor actor) {
        Visit visit = load(visitId, expectedVersion);
        VisitRules.arrived(visit);
        jobs.mayChange(visit, actor);
        String from = startIn(visit, actor);
        save(visit);
        record(visit, actor, EventKind.STATUS, from, WorkStatus.IN_PROGRESS.name(), null);
    }

    /** Puts the work in progress (not saved yet); answers the status it had. */
    private String startIn(Visit visit, Actor actor) {
        notClosed(visit);
        VisitRules.arrived(visit);
        if (!TechnicianJobs.WORKSHOP_STAGES.contains(visit.getStage())) {
            throw Problem.refused("visit.noWorkInStage", visit.getStage());
        }
        if (visit.getStatus() == WorkStatus.IN_PROGRESS) {
            throw Problem.refused("visit.alreadyInProgress");
        }
        if (visit.getStage() == Stage.IN_WORK && visit.getTechnicianId() == null && isTechnician(actor)) {
            visit.setTechnicianId(actor.personId());
            visit.setOwnerPersonId(actor.personId());
        }
        String from = statusText(visit);
        visit.setStatus(WorkStatus.IN_PROGRESS);
        visit.setHoldReason(null);
        return from;
    }

    /** Puts the visit on hold with a reason. */
    @Transactional
    public void hold(long visitId, long expectedVersion, HoldReason reason, @Nullable String note, Actor actor) {
        Visit visit = load(visitId, expectedVersion);
        jobs.mayChange(visit, actor);
        notClosed(visit);
        String from = statusText(visit);
        visit.setStatus(WorkStatus.ON_HOLD);
        visit.setHoldReason(reason);
        save(visit);
        record(visit, actor, EventKind.STATUS, from, WorkStatus.ON_HOLD.name() + ":" + reason.name(),
                blankToNull(note));
    }

    /** Assigns the technician who does the work. */
    @Transactional
    public void assignTechnician(long visitId, long expectedVersion, long technicianId, Actor actor) {
        Visit visit = load(visitId, expectedVersion);
        notClosed(visit);
        Person technician = technician(technicianId);
        Long before = visit.getTechnicianId();
        visit.setTechnicianId(technicianId);
        if (visit.getStage() == Stage.IN_WORK) {
            visit.setOwnerPersonId(technicianId);
        }
        save(visit);
        record(visit, actor, EventKind.TECHNICIAN, before == null ? null : nameOf(before), technician.fullName(), null);
    }

    /**
     * Hands the visit over to another department or person with a reason; it lands in their queue.
     * The customer never has to start again elsewhere.
     */
    @Transactional
    public void handOff(long visitId, long expectedVersion, long departmentId, @Nullable Long personId,
            @Nullable String reason, Actor actor) {
        Visit visit = load(visitId, expectedVersion);
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
        save(visit);
        record(visit, actor, EventKind.HANDOFF, from,
                department.code() + (person == null ? "" : " / " + person.fullName()), why);
    }

    /**
     * Marks this visit as a comeback for the same complaint as an earlier, handed-over visit of the
     * same car. The earlier visit's "no comeback within 30 days" check follows from it.
     */
    @Transactional
    public void markComeback(long visitId, long expectedVersion, long earlierVisitId, Actor actor) {
        Visit visit = load(visitId, expectedVersion);
        Visit earlier = find(earlierVisitId);
        if (earlierVisitId == visitId || !earlier.getVehicleId().equals(visit.getVehicleId())
                || !earlier.getBookedAt().isBefore(visit.getBookedAt())
                || earlier.getStage().ordinal() < Stage.FOLLOW_UP.ordinal()) {
            throw Problem.invalid("comebackOf", "visit.notAComeback");
        }
        visit.setComebackOfId(earlierVisitId);
        save(visit);
        record(visit, actor, EventKind.COMEBACK, null, String.valueOf(earlierVisitId), null);
        publisher.publishEvent(new VisitChanged(earlierVisitId));
    }

    /** A rework note on the visit's timeline (e.g. from a post-inspection that found a fault). */
    @Transactional
    public void reworkNote(long visitId, @Nullable String text, Actor actor) {
        Visit visit = find(visitId);
        String note = required("note", text, MAX_TEXT);
        touch(visit);
        record(visit, actor, EventKind.REWORK_NOTE, null, null, note);
    }

    /** Changes the flags that travel with the car (at booking or check-in). */
    @Transactional
    public void setFlags(long visitId, long expectedVersion, Set<Flag> flags, Actor actor) {
        Visit visit = load(visitId, expectedVersion);
        notClosed(visit);
        Set<Flag> before = visit.flags();
        if (before.equals(flags)) {
            return;
        }
        visit.applyFlags(flags);
        save(visit);
        record(visit, actor, EventKind.FLAGS, flagText(before), flagText(flags), null);
    }

    /** A technician flags extra work found on the car; the advisor then asks the customer. */
    @Transactional
    public long flagExtraWork(long visitId, @Nullable String description, @Nullable String reason, Urgency urgency,
            Actor actor) {
        Visit visit = find(visitId);
        if (!visit.getStage().inHouse()) {
            throw Problem.refused("extraWork.notInHouse");
        }
        String what = required("description", description, MAX_LINE);
        ExtraWork line = extraWork.save(new ExtraWork(null, visitId, what, blankToNull(reason), urgency,
                Decision.PENDING, actor.name(), clock.now(), null, null, null, null, null, null));
        touch(visit);
        record(visit, actor, EventKind.EXTRA_WORK_FLAGGED, null, what, blankToNull(reason));
        return line.id();
    }

    /** The car's extra work lines waiting for the customer's answer, in the order they were found. */
    @Transactional
    public List<ExtraWork> awaitingAnswer(long visitId) {
        return extraWork.findByVisitIdOrderById(visitId).stream().filter(l -> l.decision() == Decision.PENDING)
                .toList();
    }

    /** Records the customer's approval or decline of a line: who, how and when. */
    @Transactional
    public void decideExtraWork(long lineId, Decision decision, ContactChannel via, Actor actor) {
        if (decision == Decision.PENDING) {
            throw Problem.invalid("decision", "problem.required");
        }
        ExtraWork line = line(lineId);
        if (line.decision() != Decision.PENDING) {
            throw Problem.conflict("extraWork.alreadyDecided", line.what());
        }
        extraWork.update(line.decided(decision, actor.name(), via, clock.now()));
        Visit visit = find(line.visitId());
        // The last answer the car waited for lifts its "waiting for approval" hold: the technician's
        // tablet shows it at once (approved lines to do, Resume), and so does every board.
        boolean answered = extraWork.findByVisitIdOrderById(line.visitId()).stream()
                .noneMatch(l -> l.decision() == Decision.PENDING);
        String held = statusText(visit);
        boolean lift = answered && visit.getStatus() == WorkStatus.ON_HOLD
                && visit.getHoldReason() == HoldReason.WAITING_FOR_APPROVAL;
        if (lift) {
            visit.setStatus(WorkStatus.WAITING);
            visit.setHoldReason(null);
        }
        touch(visit);
        record(visit, actor, EventKind.EXTRA_WORK_DECIDED, line.description(), decision.name(), via.name());
        if (lift) {
            record(visit, actor, EventKind.STATUS, held, WorkStatus.WAITING.name(), null);
        }
    }

    /**
     * Sets (or clears) a waiting line's price estimate, shown to the customer with it: whole cents,
     * 0 to {@link Amounts.Unit#EUROS}' maximum (a typing guard), however it arrives.
     */
    @Transactional
    public void estimateExtraWork(long lineId, java.math.@Nullable BigDecimal price, Actor actor) {
        ExtraWork line = line(lineId);
        if (line.decision() != Decision.PENDING) {
            throw Problem.conflict("extraWork.alreadyDecided", line.what());
        }
        java.math.BigDecimal checked = price == null ? null : Amounts.check("priceEstimate", price, Amounts.Unit.EUROS);
        if (!java.util.Objects.equals(checked, line.priceEstimate())) {
            extraWork.update(line.priced(checked));
        }
    }

    /** Extra work waiting for the customer's answer, the longest waiting first. */
    @Transactional
    public List<ExtraWork> awaitingAnswer() {
        return extraWork.findByDecisionOrderByFlaggedAt(Decision.PENDING);
    }

    /** Marks a line's work done; refused before the customer has approved it. */
    @Transactional
    public void markExtraWorkDone(long lineId, Actor actor) {
        ExtraWork line = line(lineId);
        if (line.decision() != Decision.APPROVED) {
            throw Problem.refused("extraWork.notApproved", line.what());
        }
        if (line.doneAt() != null) {
            throw Problem.conflict("extraWork.alreadyDone", line.what());
        }
        extraWork.update(line.done(clock.now()));
        Visit visit = find(line.visitId());
        touch(visit);
        record(visit, actor, EventKind.EXTRA_WORK_DONE, null, line.description(), null);
    }

    /** Logs a contact with the customer about this visit. */
    @Transactional
    public void logContact(long visitId, ContactChannel channel, Direction direction, @Nullable String summary,
            Actor actor) {
        Visit visit = find(visitId);
        String text = required("summary", summary, MAX_TEXT);
        contacts.save(new CustomerContact(null, visitId, clock.now(), channel, direction, text, actor.name()));
        touch(visit);
        record(visit, actor, EventKind.CONTACT, channel.name(), direction.name(), text);
    }

    /**
     * A link the customer got (or their answer through it) on the timeline: when and how, never the
     * link itself (its token is the customer's credential).
     */
    @Transactional
    public void recordLink(long visitId, Direction direction, String storedNote, Actor actor) {
        record(find(visitId), actor, EventKind.CONTACT, ContactChannel.LINK.name(), direction.name(), storedNote);
    }

    @Transactional
    public Visit find(long visitId) {
        return visits.findById(visitId).orElseThrow(() -> Problem.notFound("problem.noSuchVisit", visitId));
    }

    @Transactional
    public List<ExtraWork> extraWork(long visitId) {
        return extraWork.findByVisitIdOrderById(visitId);
    }

    private ExtraWork line(long lineId) {
        return extraWork.findById(lineId).orElseThrow(() -> Problem.notFound("problem.noSuchLine", lineId));
    }

    private Visit load(long visitId, long expectedVersion) {
        Visit visit = find(visitId);
        if (!Objects.equals(visit.getVersion(), expectedVersion)) {
            throw Problem.conflict("problem.staleVisit");
        }
        return visit;
    }

    private Visit save(Visit visit) {
        visit.setUpdatedAt(clock.now());
        try {
            return visits.update(visit);
        } catch (OptimisticLockException e) {
            throw Problem.conflict("problem.staleVisit");
        }
    }

    /** A change to the visit's lines or log: bump its version so other open copies know. */
    private void touch(Visit visit) {
        save(visit);
    }

    private void record(Visit visit, Actor actor, EventKind kind, @Nullable String from, @Nullable String to,
            @Nullable String note) {
        events.save(new VisitEvent(null, visit.getId(), clock.now(), actor.personId(), actor.name(), kind, from, to,
                note));
        publisher.publishEvent(new VisitChanged(visit.getId()));
    }

    private Person technician(long technicianId) {
        Person technician = people.find(technicianId)
                .orElseThrow(() -> Problem.invalid("technician", "problem.unknownPerson", technicianId));
        if (technician.role() != Role.TECHNICIAN) {
            throw Problem.invalid("technician", "problem.notATechnician", technician.fullName());
        }
        return technician;
    }

    private boolean isTechnician(Actor actor) {
        return jobs.isTechnician(actor);
    }

    private String nameOf(long personId) {
        return people.find(personId).map(Person::fullName).orElse("#" + personId);
    }

    private String ownerText(Visit visit) {
        String department = people.departmentsById().get(visit.getOwnerDepartmentId()).code();
        return visit.getOwnerPersonId() == null ? department : department + " / " + nameOf(visit.getOwnerPersonId());
    }

    private static String statusText(Visit visit) {
        return visit.getHoldReason() == null ? visit.getStatus().name()
                : visit.getStatus().name() + ":" + visit.getHoldReason().name();
    }

    private static String flagText(Set<Flag> flags) {
        return flags.stream().map(Flag::name).sorted().collect(java.util.stream.Collectors.joining(","));
    }

    private static void notClosed(Visit visit) {
        if (visit.getStage() == Stage.CLOSED) {
            throw Problem.refused("journey.closed");
        }
    }

    private static String required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field, "problem.required");
        }
        if (value.length() > max) {
            throw Problem.invalid(field, "problem.tooLong", max);
        }
        return value.trim();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
