package fi.huoltopolku.quality;

/** An improvement action's progress: planned, being practised, done. */
public enum ActionStatus { PLANNED, IN_PRACTICE, DONE }
