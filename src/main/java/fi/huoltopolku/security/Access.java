package fi.huoltopolku.security;

import fi.huoltopolku.people.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the current caller may see of a customer (the access matrix of the README): the roles that
 * deal with customers see their contacts and their survey answers; a technician sees the work.
 */
public final class Access {

    /** The roles that reach customers and read what they said: phone, e-mail, messages, survey answers. */
    public static final Set<Role> CUSTOMER_SIDE = EnumSet.of(Role.ADVISOR, Role.FOREMAN, Role.MANAGER, Role.ADMIN);

    private Access() {
    }

    /** Whether the caller sees customers' contacts; the application itself (no caller) does. */
    public static boolean seesContacts() {
        return Callers.current().map(caller -> caller.hasAnyOf(CUSTOMER_SIDE)).orElse(true);
    }

    /** Whether the caller is a technician and nothing more (a person or a technician's API token). */
    public static boolean technicianOnly() {
        return Callers.current().map(caller -> caller.roles().contains(Role.TECHNICIAN) && !caller.hasAnyOf(CUSTOMER_SIDE))
                .orElse(false);
    }
}
