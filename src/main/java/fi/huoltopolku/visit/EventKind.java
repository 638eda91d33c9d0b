package fi.huoltopolku.visit;

/** What happened to a visit, as kept on its timeline. */
public enum EventKind {
    BOOKED, STAGE, STATUS, FLAGS, HANDOFF, TECHNICIAN, EXTRA_WORK_FLAGGED, EXTRA_WORK_DECIDED, EXTRA_WORK_DONE, CONTACT, COMEBACK, REWORK_NOTE,
    /** The promised time changed: from and to the instants, the reason as the note. */
    PROMISE
}
