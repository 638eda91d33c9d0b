package fi.huoltopolku.visit;

/** How urgent found extra work is. */
public enum Urgency { SAFETY, SOON, CAN_WAIT }
