package fi.huoltopolku.visit;

/** Whether the promised handover time is kept: shown red when at risk or late. */
public enum PromiseState { ON_TIME, AT_RISK, LATE, KEPT }
