package fi.huoltopolku.base.ui;

import com.vaadin.flow.server.VaadinSession;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Person;
import java.util.Optional;

/**
 * The person using this browser session. Until sign-in lands, a person picks themselves on the
 * start screen (a shared workshop tablet switches person with one tap).
 */
public final class CurrentUser {

    private static final String KEY = "huoltopolku.person";

    private CurrentUser() {
    }

    public static Optional<Person> get() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable((Person) session.getAttribute(KEY));
    }

    public static Person require() {
        return get().orElseThrow(() -> new IllegalStateException("No person chosen"));
    }

    public static Actor actor() {
        return require().asActor();
    }

    public static void set(Person person) {
        VaadinSession.getCurrent().setAttribute(KEY, person);
    }

    public static void clear() {
        VaadinSession.getCurrent().setAttribute(KEY, null);
    }
}
