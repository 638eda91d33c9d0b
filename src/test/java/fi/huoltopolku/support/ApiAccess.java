package fi.huoltopolku.support;

import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.ApiTokenService;

/** An API token for a test's HTTP calls, as an admin would create one for an integration. */
public final class ApiAccess {

    private ApiAccess() {
    }

    /** The value of the Authorization header for a new token of the role. */
    public static String bearer(ApiTokenService tokens, Role role) {
        return "Bearer " + tokens.create("test " + role + " " + Staff.next(), role, Actor.integration("test")).secret();
    }
}
