package fi.huoltopolku.security;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import fi.huoltopolku.people.Role;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Vaadin's navigation access control (views declare {@code @RolesAllowed}, {@code @PermitAll} or
 * {@code @AnonymousAllowed}; a view without a declaration is denied) over our own session instead
 * of a servlet container's or Spring's login: the principal is the person signed in to the session.
 */
public class SessionAccessControl extends NavigationAccessControl {

    @Override
    protected @Nullable Principal getPrincipal(@Nullable VaadinRequest request) {
        return Callers.signedIn().map(who -> (Principal) who.person()::username).orElse(null);
    }

    @Override
    protected Predicate<String> getRolesChecker(@Nullable VaadinRequest request) {
        Optional<SignedIn> who = Callers.signedIn();
        return role -> who.isPresent() && who.get().roles().stream().map(Role::name).anyMatch(role::equals);
    }
}
