package fi.huoltopolku.visit;

import fi.huoltopolku.people.Department;

/** The stages of a visit, in order. The names are part of the API: keep them stable. */
public enum Stage {
    BOOKED(Department.RECEPTION),
    CHECKED_IN(Department.RECEPTION),
    IN_WORK(Department.WORKSHOP),
    QUALITY_CHECK(Department.WORKSHOP),
    WASH(Department.VALET),
    READY(Department.RECEPTION),
    FOLLOW_UP(Department.RECEPTION),
    CLOSED(Department.RECEPTION);

    private final String department;

    Stage(String department) {
        this.department = department;
    }

    /** The code of the department that owns a visit in this stage. */
    public String department() {
        return department;
    }

    /** Stages where the car is physically in the house. */
    public boolean inHouse() {
        return ordinal() >= CHECKED_IN.ordinal() && ordinal() <= READY.ordinal();
    }

    /** The car has not yet been handed over. */
    public boolean beforeHandover() {
        return ordinal() <= READY.ordinal();
    }
}
