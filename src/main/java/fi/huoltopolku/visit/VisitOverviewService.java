package fi.huoltopolku.visit;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.customer.Customer;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.customer.Vehicle;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Access;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.site.SiteScope;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Read models of visits for the counter, the workshop board, My jobs, the visit page and the API. */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class VisitOverviewService {

    /** The stages shown on the workshop board, one column each. */
    public static final List<Stage> BOARD_STAGES = List.of(Stage.BOOKED, Stage.CHECKED_IN, Stage.IN_WORK,
            Stage.QUALITY_CHECK, Stage.WASH, Stage.READY);

    private static final Comparator<VisitCard> URGENT_FIRST = Comparator
            .comparing((VisitCard c) -> c.promise() == PromiseState.LATE ? 0 : c.promise() == PromiseState.AT_RISK ? 1 : 2)
            .thenComparing(VisitCard::promisedAt);

    private final VisitRepository visits;
    private final VisitEventRepository events;
    private final ExtraWorkRepository extraWork;
    private final CustomerContactRepository contacts;
    private final CustomerService customers;
    private final PeopleService people;
    private final WorkshopClock clock;

    VisitOverviewService(VisitRepository visits, VisitEventRepository events, ExtraWorkRepository extraWork,
            CustomerContactRepository contacts, CustomerService customers, PeopleService people, WorkshopClock clock) {
        this.visits = visits;
        this.events = events;
        this.extraWork = extraWork;
        this.contacts = contacts;
        this.customers = customers;
        this.people = people;
        this.clock = clock;
    }

    /**
     * The board: the arrivals of today (after closing time, of tomorrow) and every car in the house,
     * most urgent first within a stage.
     */
    @Transactional
    public List<VisitCard> board() {
        Instant end = endOf(clock.arrivalsDay());
        return cards(visits.findByStageInOrderByPromisedAt(BOARD_STAGES)).stream()
                .filter(c -> c.stage() != Stage.BOOKED || c.bookedAt().isBefore(end))
                .sorted(URGENT_FIRST)
                .toList();
    }

    /** Whether the board shows this card now. */
    public boolean onBoard(VisitCard card) {
        return BOARD_STAGES.contains(card.stage())
                && (card.stage() != Stage.BOOKED || card.bookedAt().isBefore(endOf(clock.arrivalsDay())));
    }

    /** The visit's card, or empty when there is no such visit (any more). */
    @Transactional
    public Optional<VisitCard> findCard(long visitId) {
        return VisitScopes.visible(visits.findById(visitId)).map(visit -> cards(List.of(visit)).get(0));
    }

    /** The board's order within a stage: late promises first, then at risk, then by promised time. */
    public static Comparator<VisitCard> urgentFirst() {
        return URGENT_FIRST;
    }

    /** The stages of the visits the counter shows: every car not yet handed over, and follow-ups. */
    public static final Set<Stage> COUNTER_STAGES = EnumSet.of(Stage.BOOKED, Stage.CHECKED_IN, Stage.IN_WORK,
            Stage.QUALITY_CHECK, Stage.WASH, Stage.READY, Stage.FOLLOW_UP);

    @Transactional
    public CounterOverview counter(@Nullable Long advisorId) {
        return counter(openCards(), advisorId);
    }

    /** The cards of every visit in {@link #COUNTER_STAGES}, in the order of their promises. */
    @Transactional
    public List<VisitCard> openCards() {
        return cards(visits.findByStageInOrderByPromisedAt(COUNTER_STAGES));
    }

    /**
     * The counter made of cards already at hand (a live update replaces only the changed ones): those
     * in {@link #COUNTER_STAGES} are sorted into its sections.
     */
    public CounterOverview counter(Collection<VisitCard> cards, @Nullable Long advisorId) {
        LocalDate arrivalsDay = clock.arrivalsDay();
        List<VisitCard> open = cards.stream().filter(c -> COUNTER_STAGES.contains(c.stage()))
                .sorted(Comparator.comparing(VisitCard::promisedAt)).toList();
        List<VisitCard> overdue = open.stream()
                .filter(c -> c.stage().beforeHandover() && c.promise() == PromiseState.LATE)
                .sorted(URGENT_FIRST).toList();
        List<VisitCard> arrivals = open.stream()
                .filter(c -> c.stage() == Stage.BOOKED && c.bookedAt().isBefore(endOf(arrivalsDay)))
                .sorted(Comparator.comparing(VisitCard::bookedAt)).toList();
        List<VisitCard> inHouse = open.stream()
                .filter(c -> c.stage().inHouse() && c.stage() != Stage.READY).sorted(URGENT_FIRST).toList();
        List<VisitCard> ready = open.stream().filter(c -> c.stage() == Stage.READY).sorted(URGENT_FIRST).toList();
        // In workshop stages the owner is a technician or nobody: an advisor owns one only by a handoff.
        List<VisitCard> mine = advisorId == null ? List.of() : open.stream()
                .filter(c -> advisorId.equals(c.ownerPersonId()) && !c.stage().department().equals(Department.RECEPTION))
                .toList();
        return new CounterOverview(overdue, arrivalsDay, arrivals, inHouse, ready, mine);
    }

    /** A technician's jobs: assigned to them or handed to them, not yet past the workshop. */
    @Transactional
    public List<VisitCard> myJobs(long personId) {
        return cards(visits.findByStageInOrderByPromisedAt(
                EnumSet.of(Stage.CHECKED_IN, Stage.IN_WORK, Stage.QUALITY_CHECK, Stage.WASH, Stage.READY))).stream()
                .filter(c -> isJobOf(c, personId)).sorted(URGENT_FIRST).toList();
    }

    /** Whether the card is on this person's list of jobs (see {@link #myJobs}). */
    public static boolean isJobOf(VisitCard card, long personId) {
        boolean workshop = card.stage() == Stage.CHECKED_IN || card.stage() == Stage.IN_WORK;
        boolean untilReady = workshop || card.stage() == Stage.QUALITY_CHECK || card.stage() == Stage.WASH
                || card.stage() == Stage.READY;
        return untilReady && (Objects.equals(card.ownerPersonId(), personId)
                || (workshop && Objects.equals(card.technicianId(), personId)));
    }

    /** Checked-in cars no technician has taken yet. */
    @Transactional
    public List<VisitCard> unassignedWork() {
        return cards(visits.findByStageInOrderByPromisedAt(EnumSet.of(Stage.CHECKED_IN, Stage.IN_WORK))).stream()
                .filter(VisitOverviewService::isFreeWork).sorted(URGENT_FIRST).toList();
    }

    /** Whether the card is work nobody has taken yet (see {@link #unassignedWork}). */
    public static boolean isFreeWork(VisitCard card) {
        return (card.stage() == Stage.CHECKED_IN || card.stage() == Stage.IN_WORK) && card.technicianId() == null;
    }

    /** The cards of these visits, by id, read in a few queries (not one a visit). */
    @Transactional
    public Map<Long, VisitCard> cardsById(Collection<Long> visitIds) {
        Map<Long, VisitCard> found = new HashMap<>();
        List<Long> all = List.copyOf(visitIds);
        for (int start = 0; start < all.size(); start += 500) {
            cards(visits.findByIdIn(all.subList(start, Math.min(all.size(), start + 500))))
                    .forEach(card -> found.put(card.id(), card));
        }
        return found;
    }

    /** Those of the visits the caller may see: their sites' (see {@link VisitScopes}). */
    @Transactional
    public Set<Long> visibleOf(Collection<Long> visitIds) {
        if (Callers.dataScope().all() || visitIds.isEmpty()) {
            return Set.copyOf(visitIds);
        }
        Set<Long> seen = new HashSet<>();
        List<Long> all = List.copyOf(Set.copyOf(visitIds));
        for (int start = 0; start < all.size(); start += 500) {
            VisitScopes.visible(visits.findByIdIn(all.subList(start, Math.min(all.size(), start + 500))))
                    .forEach(v -> seen.add(v.getId()));
        }
        return seen;
    }

    @Transactional
    public VisitCard card(long visitId) {
        return cards(List.of(VisitScopes.found(visits.findById(visitId), visitId))).get(0);
    }

    /**
     * The visit page: the card (the customer's phone and e-mail only for the roles that deal with
     * customers, see {@link Access}), its timeline, extra-work lines and logged contacts.
     */
    @Transactional
    public VisitDetails details(long visitId) {
        VisitCard card = Access.seesContacts() ? card(visitId) : card(visitId).withoutContacts();
        return new VisitDetails(card, events.findByVisitIdOrderById(visitId),
                extraWork.findByVisitIdOrderById(visitId), contacts.findByVisitIdOrderByAtDesc(visitId));
    }

    /** A visit's timeline, oldest first. */
    @Transactional
    public List<VisitEvent> timeline(long visitId) {
        return events.findByVisitIdOrderById(visitId);
    }

    @Transactional
    public List<ExtraWork> extraWork(long visitId) {
        return extraWork.findByVisitIdOrderById(visitId);
    }

    /** Earlier visits of the same car, newest first (declined work stays on file for the next visit). */
    @Transactional
    public List<VisitCard> history(long vehicleId) {
        return cards(visits.findByVehicleIdOrderByBookedAtDesc(vehicleId));
    }

    /** A car's whole history (see {@link VehicleHistory}), read in one transaction. */
    @Transactional
    public VehicleHistory vehicleHistory(long vehicleId) {
        List<Visit> all = visits.findByVehicleIdOrderByBookedAtDesc(vehicleId);
        List<VisitCard> cards = cards(all);
        // The car's visits at sites the caller does not see: only where and when (one history, see README).
        List<VehicleHistory.Elsewhere> elsewhere = all.stream().filter(v -> !Callers.sees(v.getSiteId()))
                .map(v -> new VehicleHistory.Elsewhere(v.getSiteId(), v.getBookedAt())).toList();
        List<Long> ids = cards.stream().map(VisitCard::id).toList();
        List<ExtraWork> declined = ids.stream().flatMap(id -> extraWork.findByVisitIdOrderById(id).stream())
                .filter(l -> l.decision() == Decision.DECLINED).toList();
        List<CustomerContact> contactsOf = ids.stream().flatMap(id -> contacts.findByVisitIdOrderByAtDesc(id).stream())
                .sorted(Comparator.comparing(CustomerContact::at).reversed()).toList();
        return new VehicleHistory(cards, ids.isEmpty() ? Map.of() : stagesEntered(ids), declined, contactsOf,
                elsewhere);
    }

    /** How many of a technician's cars were handed over after the given time. */
    @Transactional
    public long handoversSince(long technicianId, Instant since) {
        return events.countHandoversSince(technicianId, since);
    }

    /** Visits booked in [from, to), as the figures need them. */
    @Transactional
    public List<Visit> bookedBetween(Instant from, Instant to) {
        return VisitScopes.visible(visits.findByBookedAtGreaterThanEqualsAndBookedAtLessThan(from, to));
    }

    /** The make of the car of each visit booked in [from, to), by visit id. */
    @Transactional
    public Map<Long, String> makesOfVisitsBookedBetween(Instant from, Instant to) {
        Map<Long, String> makes = new HashMap<>();
        for (VisitMake row : visits.findMakesOfVisitsBookedBetween(from, to)) {
            makes.put(row.visitId(), row.make());
        }
        return makes;
    }

    /** The stages each visit has entered (Booked included), from the timeline. */
    @Transactional
    public Map<Long, Set<Stage>> stagesEntered(Collection<Long> visitIds) {
        Map<Long, Set<Stage>> entered = new HashMap<>();
        visitIds.forEach(id -> entered.put(id, EnumSet.of(Stage.BOOKED)));
        if (visitIds.isEmpty()) {
            return entered;
        }
        for (VisitEvent event : events.findByVisitIdInAndKind(visitIds, EventKind.STAGE)) {
            entered.get(event.visitId()).add(Stage.valueOf(event.toValue()));
        }
        return entered;
    }

    /** The stages each of the given visits (booked in [from, to)) has entered, Booked included. */
    @Transactional
    public Map<Long, Set<Stage>> stagesEntered(Instant from, Instant to, Collection<Long> visitIds) {
        Map<Long, Set<Stage>> entered = new HashMap<>();
        visitIds.forEach(id -> entered.put(id, EnumSet.of(Stage.BOOKED)));
        for (VisitEvent event : events.findStageMovesOfVisitsBookedBetween(from, to)) {
            Set<Stage> stages = entered.get(event.visitId());
            if (stages != null) {
                stages.add(Stage.valueOf(event.toValue()));
            }
        }
        return entered;
    }

    /** Visits handed over before the given time. */
    @Transactional
    public List<Long> handedOverBefore(Instant before) {
        return events.findByKindAndToValueAndAtLessThan(EventKind.STAGE, Stage.FOLLOW_UP.name(), before).stream()
                .map(VisitEvent::visitId).distinct().toList();
    }

    /** Later visits marked as comebacks of this one. */
    @Transactional
    public List<Visit> comebacksOf(long visitId) {
        return VisitScopes.visible(visits.findByComebackOfId(visitId));
    }

    @Transactional
    public Visit visit(long visitId) {
        return VisitScopes.found(visits.findById(visitId), visitId);
    }

    @Transactional
    public List<ExtraWork> declinedWork(long vehicleId) {
        return VisitScopes.visible(visits.findByVehicleIdOrderByBookedAtDesc(vehicleId)).stream()
                .flatMap(v -> extraWork.findByVisitIdOrderById(v.getId()).stream())
                .filter(l -> l.decision() == Decision.DECLINED).toList();
    }

    /** A page of visits by stage and booking time, for the API. */
    @Transactional
    public Page<VisitCard> page(@Nullable Stage stage, @Nullable Instant from, @Nullable Instant to, int page,
            int size, Set<Long> sitesAsked) {
        Set<Stage> stages = stage == null ? EnumSet.allOf(Stage.class) : EnumSet.of(stage);
        Instant since = from == null ? Instant.parse("1970-01-01T00:00:00Z") : from;
        Instant until = to == null ? Instant.parse("9999-12-31T00:00:00Z") : to;
        Pageable pageable = Pageable.from(page, size, Sort.of(Sort.Order.asc("bookedAt"), Sort.Order.asc("id")));
        SiteScope scope = Callers.dataScope().narrowedTo(sitesAsked);
        Page<Visit> found = scope.all() ? visits.findByStageInAndBookedAtBetween(stages, since, until, pageable)
                : visits.findBySiteIdInAndStageInAndBookedAtBetween(scope.sqlIds(), stages, since, until, pageable);
        return found.map(new CardMaker(found.getContent())::card);
    }

    /** The cards of the visits the caller may see (see {@link VisitScopes}): every list goes through here. */
    public Page<VisitCard> page(@Nullable Stage stage, @Nullable Instant from, @Nullable Instant to, int page,
            int size) {
        return page(stage, from, to, page, size, Set.of());
    }

    private List<VisitCard> cards(List<Visit> all) {
        List<Visit> list = VisitScopes.visible(all);
        CardMaker maker = new CardMaker(list);
        return list.stream().map(maker::card).toList();
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(clock.zone()).toInstant();
    }

    PromiseState promise(Visit visit, Instant now) {
        if (!visit.getStage().beforeHandover() || visit.getStage() == Stage.READY) {
            return PromiseState.KEPT;
        }
        if (now.isAfter(visit.getPromisedAt())) {
            return PromiseState.LATE;
        }
        if (now.isAfter(visit.getPromisedAt().minus(clock.promiseRisk()))) {
            return PromiseState.AT_RISK;
        }
        return PromiseState.ON_TIME;
    }

    /** Builds cards for a batch of visits with one look-up per table. */
    private final class CardMaker {
        private final Map<Long, Vehicle> vehicles;
        private final Map<Long, Customer> owners;
        private final Map<Long, Person> staff;
        private final Map<Long, Department> departments;
        private final Instant now = clock.now();

        CardMaker(List<Visit> list) {
            vehicles = customers.vehiclesById(list.stream().map(Visit::getVehicleId).distinct().toList());
            owners = customers.customersById(list.stream().map(Visit::getCustomerId).distinct().toList());
            staff = list.isEmpty() ? Map.of() : people.peopleById();
            departments = list.isEmpty() ? Map.of() : people.departmentsById();
        }

        VisitCard card(Visit v) {
            Vehicle car = vehicles.get(v.getVehicleId());
            Customer owner = owners.get(v.getCustomerId());
            return new VisitCard(v.getId(), Objects.requireNonNull(v.getVersion()), v.getCustomerId(),
                    v.getVehicleId(), car.plate(), car.make(), car.model(), car.modelYear(), car.vin(), owner.name(),
                    owner.phone(), owner.email(), v.getRequestedWork(), v.getBookedAt(), v.getPromisedAt(),
                    promise(v, now), v.getStage(), v.getStatus(), v.getHoldReason(), v.flags(),
                    departments.get(v.getOwnerDepartmentId()).code(), v.getOwnerPersonId(),
                    name(v.getOwnerPersonId()), v.getAdvisorId(), name(v.getAdvisorId()), v.getTechnicianId(),
                    name(v.getTechnicianId()), v.getStageEnteredAt(), v.getSiteId());
        }

        private @Nullable String name(@Nullable Long personId) {
            return personId == null || !staff.containsKey(personId) ? null : staff.get(personId).fullName();
        }
    }
}
