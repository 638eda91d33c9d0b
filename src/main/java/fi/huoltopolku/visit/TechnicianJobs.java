package fi.huoltopolku.visit;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Access;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a technician may change (signed in, or with a technician's API token): their own jobs and work nobody
 * has taken, in the workshop's stages; the counter's stages (booked, ready, follow-up) are the advisors' and
 * the foreman's. Everyone else is not limited here. Used for the car's moves and for its checklist, so the
 * tablet and the API refuse the same things.
 */
@Singleton
public class TechnicianJobs {

    /** The stages whose work is done in the workshop (a technician's stages). */
    static final Set<Stage> WORKSHOP_STAGES = EnumSet.of(Stage.CHECKED_IN, Stage.IN_WORK, Stage.QUALITY_CHECK,
            Stage.WASH);

    private final VisitRepository visits;
    private final PeopleService people;

    TechnicianJobs(VisitRepository visits, PeopleService people) {
        this.visits = visits;
        this.people = people;
    }

    /** Refuses, naming whose job it is or that the counter handles the stage, when the actor may not. */
    public void mayChange(long visitId, Actor actor) {
        if (limited(actor)) {
            mayChange(VisitScopes.found(visits.findById(visitId), visitId),
                    actor);
        }
    }

    void mayChange(Visit visit, Actor actor) {
        if (!limited(actor)) {
            return;
        }
        Stage stage = visit.getStage();
        if (!WORKSHOP_STAGES.contains(stage)) {
            throw Problem.refused("visit.notTechniciansStage", stage);
        }
        Long me = actor.personId();
        boolean mine = me != null && (me.equals(visit.getTechnicianId()) || me.equals(visit.getOwnerPersonId()));
        boolean free = stage == Stage.CHECKED_IN || stage == Stage.IN_WORK ? visit.getTechnicianId() == null
                : visit.getOwnerPersonId() == null;
        if (!mine && !free) {
            Long holder = visit.getOwnerPersonId() != null ? visit.getOwnerPersonId() : visit.getTechnicianId();
            throw Problem.refused("visit.notYourJob", holder == null ? "–" : nameOf(holder));
        }
    }

    /** Whether the actor is a technician (a person, or an integration holding a technician's token). */
    boolean isTechnician(Actor actor) {
        return actor.personId() != null
                && people.find(actor.personId()).map(p -> p.role() == Role.TECHNICIAN).orElse(false);
    }

    private boolean limited(Actor actor) {
        return isTechnician(actor) || (actor.personId() == null && Access.technicianOnly());
    }

    private String nameOf(long personId) {
        return people.find(personId).map(Person::fullName).orElse("#" + personId);
    }
}
