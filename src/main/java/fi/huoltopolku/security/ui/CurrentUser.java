package fi.huoltopolku.security.ui;

import com.vaadin.flow.server.VaadinSession;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.security.Callers;
import fi.huoltopolku.security.SignedIn;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The person signed in to this browser session (see {@code SignInFilter}), and their roles. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Person> get() {
        return Callers.signedIn().map(SignedIn::person);
    }

    public static Set<Role> roles() {
        return Callers.signedIn().map(SignedIn::roles).orElse(Set.of());
    }

    public static boolean has(Role... any) {
        Set<Role> mine = roles();
        return Arrays.stream(any).anyMatch(mine::contains);
    }

    public static Person require() {
        return get().orElseThrow(() -> new IllegalStateException("Nobody signed in"));
    }

    public static Actor actor() {
        return require().asActor();
    }

    /** Signs the person in to this session with their job as the role (tests of single screens). */
    public static void set(Person person) {
        set(new SignedIn(person, Set.of(person.role())));
    }

    public static void set(SignedIn who) {
        VaadinSession.getCurrent().getSession().setAttribute(SignedIn.ATTRIBUTE, who);
    }
}
