package fi.huoltopolku.support;

import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;

/** An API token for a test's HTTP calls, as an admin would create one for an integration. */
public final class ApiAccess {

    private ApiAccess() {
    }

    private static final java.util.Map<ApiTokenService, java.util.Map<Role, String>> ISSUED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The value of the Authorization header with a token of the role (one per application context). */
    public static String bearer(ApiTokenService tokens, Role role) {
        return ISSUED.computeIfAbsent(tokens, t -> new java.util.concurrent.ConcurrentHashMap<>()).computeIfAbsent(role,
                r -> "Bearer " + tokens.create("test " + r + " " + Staff.next(), r, Actor.integration("test")).secret());
    }
}
