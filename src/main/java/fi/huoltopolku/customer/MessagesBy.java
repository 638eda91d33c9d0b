package fi.huoltopolku.customer;

/** How a customer chose to hear from the workshop. */
public enum MessagesBy { SMS, EMAIL }
