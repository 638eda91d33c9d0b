package fi.huoltopolku.checks;

import fi.huoltopolku.base.Localized;
import fi.huoltopolku.base.Problem;
import fi.huoltopolku.customer.CustomerService;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitCard;
import fi.huoltopolku.visit.VisitOverviewService;
import fi.huoltopolku.visit.VisitService;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Check-in with the customer as one change: the visit checked in (flags, contact details, the
 * technician), the check-in items ticked together with the customer, and whether the customer
 * takes messages; all saved, or none. And the way on for a car that reached the workshop with
 * check-in items open (over the API): it waits on the Counter, the advisor finishes it and hands
 * the car back to the workshop.
 */
@Singleton
@Allowed({Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER})
public class CheckInService {

    private final VisitService visits;
    private final VisitOverviewService overview;
    private final ChecklistService checks;
    private final CustomerService customers;
    private final PeopleService people;

    CheckInService(VisitService visits, VisitOverviewService overview, ChecklistService checks,
            CustomerService customers, PeopleService people) {
        this.visits = visits;
        this.overview = overview;
        this.checks = checks;
        this.customers = customers;
        this.people = people;
    }

    /** Checks the car in with the items ticked at the counter (codes of the check-in stage's items). */
    @Transactional
    public void checkIn(long visitId, long expectedVersion, CheckIn checkIn, List<String> ticked,
            boolean declinesMessages, Actor actor) {
        checkIn(visitId, expectedVersion, checkIn, ticked, declinesMessages, null, actor);
    }

    /** The same, with how the customer wants to hear from the workshop (null: the app chooses). */
    @Transactional
    public void checkIn(long visitId, long expectedVersion, CheckIn checkIn, List<String> ticked,
            boolean declinesMessages, fi.huoltopolku.customer.@Nullable MessagesBy messagesBy,
            Actor actor) {
        // The customer's contact details and wishes first: the check-in's own message follows them.
        long customerId = overview.card(visitId).customerId();
        customers.confirmContact(customerId, checkIn.phone(), checkIn.email());
        customers.setContactDeclined(customerId, declinesMessages);
        customers.setMessagesBy(customerId, messagesBy);
        visits.checkIn(visitId, expectedVersion, checkIn, actor);
        for (String code : ticked) {
            checks.answer(visitId, code, Answer.YES, null, Source.PROCESS, actor);
        }
    }

    /**
     * The check-in's mandatory items still open if the check-in were saved with {@code ticked}: what
     * the screen names before saving (saved so, the car waits on the Counter as "check-in not finished").
     */
    @Transactional
    public List<Localized> leftUnticked(long visitId, Collection<String> ticked) {
        return checks.checklist(visitId, Stage.CHECKED_IN).stream()
                .filter(r -> r.mandatory() && !r.answered() && !ticked.contains(r.code()))
                .map(ChecklistRow::question).toList();
    }

    /** The check-in items a checked-in car still lacks (none once the check-in was done in full). */
    @Transactional
    public List<Localized> missing(long visitId) {
        return missing(overview.card(visitId));
    }

    /** The same for a card at hand (a screen's tile), without reading the visit again. */
    @Transactional
    public List<Localized> missing(VisitCard card) {
        return card.stage() == Stage.CHECKED_IN ? checks.openMandatory(card.id(), Stage.CHECKED_IN) : List.of();
    }

    /**
     * The advisor has finished a check-in the car reached the workshop without (over the API): the
     * car goes back to the workshop (its technician, if it has one) with the note, and the tablets
     * showing it can start it. Refused, naming what is missing, while an item is still open.
     */
    @Transactional
    public void finish(long visitId, long expectedVersion, String note, Actor actor) {
        List<Localized> missing = missing(visitId);
        if (!missing.isEmpty()) {
            throw Problem.refused("checkIn.stillMissing", missing);
        }
        VisitCard card = overview.card(visitId);
        if (card.stage() != Stage.CHECKED_IN) {
            throw Problem.refused("checkIn.nothingMissing", card.plate());
        }
        visits.handOff(visitId, expectedVersion, people.department(Department.WORKSHOP).id(), card.technicianId(),
                note, actor);
    }
}
