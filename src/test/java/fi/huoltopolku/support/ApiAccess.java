package fi.huoltopolku.support;

import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/** An API token for a test's HTTP calls, as an admin would create one for an integration. */
public final class ApiAccess {

    private ApiAccess() {
    }

    private static final Map<ApiTokenService, Map<Role, String>> ISSUED =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The value of the Authorization header with a token of the role (one per application context). */
    public static String bearer(ApiTokenService tokens, Role role) {
        return ISSUED.computeIfAbsent(tokens, t -> new ConcurrentHashMap<>()).computeIfAbsent(role,
                r -> "Bearer " + tokens.create("test " + r + " " + Staff.next(), r, Actor.integration("test")).secret());
    }
}
