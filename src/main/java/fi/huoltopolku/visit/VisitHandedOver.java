package fi.huoltopolku.visit;

/** Published when a car is handed over (Ready → Follow-up): the survey invitation and the post-inspection draw follow. */
public record VisitHandedOver(long visitId) {
}
