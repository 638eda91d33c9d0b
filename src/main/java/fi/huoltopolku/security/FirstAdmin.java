package fi.huoltopolku.security;

import fi.huoltopolku.base.StoredText;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.Role;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start: with no active admin, one is created from configuration
 * ({@code HUOLTOPOLKU_ADMIN_USERNAME}, default "admin", and {@code HUOLTOPOLKU_ADMIN_PASSWORD}).
 * There is no built-in password; without one the log says how to give it (demo mode makes its own).
 */
@Singleton
class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final String username;
    private final @Nullable String password;
    private final boolean demo;

    FirstAdmin(AccountService accounts, @Value("${huoltopolku.admin.username:admin}") String username,
            @Value("${huoltopolku.admin.password:}") @Nullable String password,
            @Value("${huoltopolku.demo:false}") boolean demo) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.demo = demo;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.hasAdmin()) {
            return;
        }
        if (password == null || password.isBlank()) {
            if (!demo) {
                LOG.warn("No admin yet: start once with HUOLTOPOLKU_ADMIN_PASSWORD set (at least {} characters) "
                        + "to create the admin '{}'", AccountService.MIN_PASSWORD_LENGTH, username);
            }
            return;
        }
        accounts.create(username, "Admin", Department.RECEPTION, Set.of(Role.ADMIN), password,
                Actor.integration(StoredText.of("actor.firstStart")));
        LOG.info("Created the admin '{}' from the configuration", username);
    }
}
