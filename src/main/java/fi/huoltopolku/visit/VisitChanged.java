package fi.huoltopolku.visit;

/** Published after a change to a visit is committed; open boards refresh on it. */
public record VisitChanged(long visitId) {
}
