package fi.huoltopolku.support;

import fi.huoltopolku.customer.CustomerDetails;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.visit.Booking;
import fi.huoltopolku.visit.Flag;
import fi.huoltopolku.visit.VisitService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Test people and bookings with unique names, so tests sharing a database never collide. */
public final class Staff {

    private static final AtomicInteger SEQ = new AtomicInteger(500);

    private Staff() {
    }

    public static int next() {
        return SEQ.incrementAndGet();
    }

    public static Person advisor(PeopleService people) {
        int n = next();
        return people.create("adv" + n, "Advisor " + n, Role.ADVISOR, Department.RECEPTION);
    }

    public static Person technician(PeopleService people) {
        int n = next();
        return people.create("tec" + n, "Technician " + n, Role.TECHNICIAN, Department.WORKSHOP);
    }

    public static String plate() {
        int n = next();
        return "" + (char) ('A' + n % 26) + (char) ('A' + (n / 26) % 26) + "T-" + n;
    }

    public static long book(VisitService visits, Person advisor, String plate, Set<Flag> flags) {
        return book(visits, advisor, plate, flags, TestTime.soon());
    }

    /** A booking at the given time, promised five hours later. */
    public static long book(VisitService visits, Person advisor, String plate, Set<Flag> flags, Instant at) {
        return visits.book(new Booking(new CustomerDetails("Customer " + plate, "040 100 " + next(), null, plate, null,
                "Toyota", "Corolla", 2018), "Brakes squeak", at, at.plus(5, ChronoUnit.HOURS), advisor.id(), flags),
                advisor.asActor());
    }
}
