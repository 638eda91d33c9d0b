package fi.huoltopolku.checks;

/** What an import did: lines read, answers created, changed, and already there as they were. */
public record ImportResult(int lines, int created, int changed, int unchanged) {
}
