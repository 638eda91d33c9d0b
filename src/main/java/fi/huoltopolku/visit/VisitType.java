package fi.huoltopolku.visit;

/** What kind of job a visit is, as booked; reports can be filtered by it. Names are part of the API. */
public enum VisitType { SERVICE, REPAIR, TYRES, INSPECTION, WARRANTY }
