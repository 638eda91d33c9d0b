package fi.huoltopolku.checks;

/** Where a check item is answered: in the flow, at a post-inspection, or derived by the system. */
public enum ItemKind { PROCESS, POST_INSPECTION, DERIVED }
