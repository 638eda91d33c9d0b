package fi.huoltopolku.visit;

/** How the workshop and the customer were in touch. */
public enum ContactChannel { PHONE, SMS, EMAIL, IN_PERSON, CHAT }
