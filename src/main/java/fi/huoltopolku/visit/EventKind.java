package fi.huoltopolku.visit;

/** What happened to a visit, as kept on its timeline. */
public enum EventKind {
    BOOKED, STAGE, STATUS, FLAGS, HANDOFF, TECHNICIAN, EXTRA_WORK_FLAGGED, EXTRA_WORK_DECIDED, EXTRA_WORK_DONE, CONTACT, COMEBACK, REWORK_NOTE,
    /** The promised time changed: from and to the instants, the reason as the note. */
    PROMISE,
    /** A booking moved to another time (from and to the booked instants; the reason as the note). */
    RESCHEDULED,
    /** The customer did not come for the booking (the reason as the note). */
    NO_SHOW,
    /** The booking was cancelled (the reason as the note). */
    CANCELLED
}
