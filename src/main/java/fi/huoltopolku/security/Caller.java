package fi.huoltopolku.security;

import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling: a signed-in person, an integration with its API token, or anonymous (a request
 * nobody signed in to). Code the application runs by itself (start-up, scheduled jobs) has no
 * caller at all; see {@link Callers}.
 */
public record Caller(@Nullable Long personId, String name, Set<Role> roles, boolean anonymous) {

    public static final Caller ANONYMOUS = new Caller(null, "anonymous", Set.of(), true);

    public static Caller person(long personId, String name, Set<Role> roles) {
        return new Caller(personId, name, Set.copyOf(roles), false);
    }

    public static Caller integration(String tokenName, Role role) {
        return new Caller(null, tokenName, EnumSet.of(role), false);
    }

    public boolean hasAnyOf(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }

    public Actor asActor() {
        return personId == null ? Actor.integration(name) : new Actor(personId, name);
    }
}
