package fi.huoltopolku.support;

import fi.huoltopolku.checks.ChecklistService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.visit.CheckIn;
import fi.huoltopolku.visit.Stage;
import fi.huoltopolku.visit.VisitService;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Takes a test visit through the journey as the people in the flow would, checklists answered. */
public final class Journeys {

    private Journeys() {
    }

    /** Books, checks in (with the technician) and moves on up to {@code until}. */
    public static long upTo(Stage until, VisitService visits, ChecklistService checks, Person advisor,
            Person technician) {
        return upTo(until, visits, checks, advisor, technician, TestTime.soon());
    }

    /** The same, booked at the given time. */
    public static long upTo(Stage until, VisitService visits, ChecklistService checks, Person advisor,
            Person technician, Instant bookedAt) {
        long id = Staff.book(visits, advisor, Staff.plate(), Set.of(), bookedAt);
        return upTo(id, until, visits, checks, advisor, technician);
    }

    /** Checks a booked visit in (with the technician) and moves it on up to {@code until}; its id. */
    public static long upTo(long id, Stage until, VisitService visits, ChecklistService checks, Person advisor,
            Person technician) {
        if (until == Stage.BOOKED) {
            return id;
        }
        visits.checkIn(id, visits.find(id).getVersion(), CheckIn.as(Set.of(), technician.id()), advisor.asActor());
        for (Stage next : new Stage[] {Stage.IN_WORK, Stage.QUALITY_CHECK, Stage.READY, Stage.FOLLOW_UP}) {
            if (visits.find(id).getStage() == until) {
                break;
            }
            Checks.answerMandatory(checks, id, visits.find(id).getStage(), advisor.asActor());
            visits.move(id, visits.find(id).getVersion(), next, null, advisor.asActor());
        }
        return id;
    }
}
