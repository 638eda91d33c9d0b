package fi.huoltopolku.checks;

/** How figures are grouped. Keys: theme code, stage name, source name, department code, person id. */
public enum Dimension { THEME, STAGE, SOURCE, DEPARTMENT, ADVISOR, TECHNICIAN }
