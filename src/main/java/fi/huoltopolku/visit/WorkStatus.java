package fi.huoltopolku.visit;

/** Where a visit is within its stage. */
public enum WorkStatus { WAITING, IN_PROGRESS, ON_HOLD }
