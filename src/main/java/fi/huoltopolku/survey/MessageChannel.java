package fi.huoltopolku.survey;

/** How a message reaches the customer. */
public enum MessageChannel { EMAIL, SMS }
