package fi.huoltopolku.visit;

/** The customer's decision on a line of extra work. */
public enum Decision { PENDING, APPROVED, DECLINED }
