package fi.huoltopolku.security;

import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import java.io.Serializable;
import java.util.Set;

/** The person signed in to an HTTP session, with their roles at sign-in. */
public record SignedIn(Person person, Set<Role> roles) implements Serializable {

    /** The session attribute holding it. */
    public static final String ATTRIBUTE = "huoltopolku.signedIn";

    public SignedIn {
        roles = Set.copyOf(roles);
    }

    public Caller caller() {
        return Caller.person(person.id(), person.fullName(), roles);
    }
}
