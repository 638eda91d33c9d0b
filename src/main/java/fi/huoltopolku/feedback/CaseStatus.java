package fi.huoltopolku.feedback;

/** Where a feedback case is. */
public enum CaseStatus { NEW, CONTACTED, RESOLVED }
