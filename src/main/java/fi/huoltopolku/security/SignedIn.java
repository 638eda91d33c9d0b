package fi.huoltopolku.security;

import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.site.SiteScope;
import java.io.Serializable;
import java.util.Set;

/** The person signed in to an HTTP session, with their roles and the sites they may see, at sign-in. */
public record SignedIn(Person person, Set<Role> roles, SiteScope sites) implements Serializable {

    /** The session attribute holding it. */
    public static final String ATTRIBUTE = "huoltopolku.signedIn";

    public SignedIn {
        roles = Set.copyOf(roles);
    }

    /** Signed in with roles that reach every site (tests of single screens, a one-site installation's admin). */
    public SignedIn(Person person, Set<Role> roles) {
        this(person, roles, SiteScope.ALL);
    }

    public Caller caller() {
        return Caller.person(person.id(), person.fullName(), roles, sites);
    }
}
