package fi.huoltopolku.checks;

/** Who produced an answer: reports show self-reported and independent evidence apart. */
public enum Source { PROCESS, POST_INSPECTION, WORKSHOP_TEST, DERIVED }
