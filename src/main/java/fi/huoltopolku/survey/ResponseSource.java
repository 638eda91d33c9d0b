package fi.huoltopolku.survey;

/** Who put the customer's answer in: the customer on the survey page, or an advisor from a call. */
public enum ResponseSource { SURVEY, PHONE }
