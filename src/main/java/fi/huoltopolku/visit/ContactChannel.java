package fi.huoltopolku.visit;

/** How the workshop and the customer were in touch. */
public enum ContactChannel {
    PHONE, SMS, EMAIL, IN_PERSON, CHAT,
    /** The customer answered through the approval link (never chosen by staff). */
    LINK;

    /** The channels staff log a contact by (the link records itself). */
    public static java.util.List<ContactChannel> byStaff() {
        return java.util.Arrays.stream(values()).filter(c -> c != LINK).toList();
    }
}
