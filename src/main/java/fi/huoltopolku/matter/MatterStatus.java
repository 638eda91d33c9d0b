package fi.huoltopolku.matter;

/** Whether a customer matter still needs someone. */
public enum MatterStatus { OPEN, CLOSED }
