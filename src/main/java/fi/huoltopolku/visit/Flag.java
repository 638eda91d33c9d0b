package fi.huoltopolku.visit;

/** Set at booking or check-in; travels with the car to every screen. Names are part of the API. */
public enum Flag { CUSTOMER_WAITING, KEEP_OLD_PARTS, WASH, REPLACEMENT_CAR }
