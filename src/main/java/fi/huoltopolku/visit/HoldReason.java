package fi.huoltopolku.visit;

/** Why a visit is on hold. */
public enum HoldReason { WAITING_FOR_PARTS, WAITING_FOR_APPROVAL, WAITING_FOR_TECHNICIAN }
