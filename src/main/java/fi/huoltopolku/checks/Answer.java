package fi.huoltopolku.checks;

/** A check's answer. An item with no answer is "not checked": never a pass, never a fail. */
public enum Answer { YES, NO, NA }
