package fi.huoltopolku.visit;

/** Who contacted whom. */
public enum Direction { INBOUND, OUTBOUND }
