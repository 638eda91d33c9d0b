package fi.huoltopolku.survey;

/** What became of a message: recorded in the outbox only, sent, failed (with the reason). */
public enum MessageStatus { RECORDED, SENT, FAILED }
