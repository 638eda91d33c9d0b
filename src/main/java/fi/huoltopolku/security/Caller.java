package fi.huoltopolku.security;

import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.site.SiteScope;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling: a signed-in person, an integration with its API token, or anonymous (a request
 * nobody signed in to). Code the application runs by itself (start-up, scheduled jobs) has no
 * caller at all; see {@link Callers}.
 */
public record Caller(@Nullable Long personId, String name, Set<Role> roles, boolean anonymous, SiteScope sites) {

    /** Nobody signed in: no role, and no site's data. */
    public static final Caller ANONYMOUS = new Caller(null, "anonymous", Set.of(), true, SiteScope.of(Set.of()));

    public static Caller person(long personId, String name, Set<Role> roles, SiteScope sites) {
        return new Caller(personId, name, Set.copyOf(roles), false, sites);
    }

    /** An integration's token: its role, at its site or (no site) at the group. */
    public static Caller integration(String tokenName, Role role, @Nullable Long siteId) {
        return new Caller(null, tokenName, EnumSet.of(role), false,
                siteId == null ? SiteScope.ALL : SiteScope.of(siteId));
    }

    public boolean hasAnyOf(Set<Role> allowed) {
        return roles.stream().anyMatch(allowed::contains);
    }

    public Actor asActor() {
        return personId == null ? Actor.integration(name) : new Actor(personId, name);
    }
}
