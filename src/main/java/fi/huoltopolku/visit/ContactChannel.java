package fi.huoltopolku.visit;

import java.util.Arrays;
import java.util.List;

/** How the workshop and the customer were in touch. */
public enum ContactChannel {
    PHONE, SMS, EMAIL, IN_PERSON, CHAT,
    /** The customer answered through the approval link (never chosen by staff). */
    LINK;

    /** The channels staff log a contact by (the link records itself). */
    public static List<ContactChannel> byStaff() {
        return Arrays.stream(values()).filter(c -> c != LINK).toList();
    }
}
