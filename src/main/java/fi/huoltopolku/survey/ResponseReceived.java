package fi.huoltopolku.survey;

/** Published when a customer's answer is stored; the feedback inbox opens a case when it calls for one. */
public record ResponseReceived(long responseId, long visitId) {
}
