package fi.huoltopolku.survey;

/** A message to a customer recorded in the outbox; it is sent once the change that wrote it commits. */
record OutboxRecorded(long messageId) {
}
