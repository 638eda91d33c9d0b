package fi.huoltopolku.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Staff;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Password and PIN hashing, sign-in, lockout, roles and the last admin. */
@MicronautTest(transactional = false)
class AccountServiceTest {

    private static final Actor ADMIN = Actor.integration("test admin");

    @Inject AccountService accounts;
    @Inject WorkshopClock clock;
    @Inject SecurityRepositories.Accounts stored;
    @Inject SecurityLog log;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Person user(String password, Role... roles) {
        String name = "user" + Staff.next();
        return accounts.create(name, "Test " + name, Department.RECEPTION, Set.of(roles), password, ADMIN);
    }

    @Test
    void a_password_is_stored_as_an_argon2id_hash_and_only_the_right_one_signs_in() {
        Person person = user("long enough secret", Role.ADVISOR);
        String hash = stored.findById(person.id()).orElseThrow().passwordHash();
        assertThat(hash).startsWith("$argon2id$").doesNotContain("long enough secret");
        // Salted: the same password hashes differently each time.
        assertThat(Passwords.hash("long enough secret")).isNotEqualTo(hash);

        SignedIn who = accounts.signIn(person.username(), "long enough secret", "10.0.0.1");
        assertThat(who.person().id()).isEqualTo(person.id());
        assertThat(who.roles()).containsExactly(Role.ADVISOR);
        assertThatThrownBy(() -> accounts.signIn(person.username(), "long enough secreT", "10.0.0.1"))
                .isInstanceOf(Problem.class).hasMessage(problemText("signIn.failed"));
    }

    @Test
    void five_failures_from_an_address_refuse_even_the_right_password_for_fifteen_minutes_with_the_same_message() {
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        clock.use(Clock.fixed(start, ZoneOffset.UTC));
        Person person = user("the right password", Role.ADVISOR);
        String unknownUser = problemText("signIn.failed");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accounts.signIn(person.username(), "wrong guess", "10.0.0.2"))
                    .hasMessage(unknownUser);
        }
        assertThatThrownBy(() -> accounts.signIn(person.username(), "the right password", "10.0.0.2"))
                .hasMessage(unknownUser);
        // Another address is not locked out, nor is an unknown user told apart.
        assertThat(accounts.signIn(person.username(), "the right password", "10.0.0.3").person().id())
                .isEqualTo(person.id());
        assertThatThrownBy(() -> accounts.signIn("nobody-" + Staff.next(), "whatever", "10.0.0.2")).hasMessage(unknownUser);

        clock.use(Clock.fixed(start.plus(Duration.ofMinutes(14)), ZoneOffset.UTC));
        assertThatThrownBy(() -> accounts.signIn(person.username(), "the right password", "10.0.0.2"))
                .hasMessage(unknownUser);
        clock.use(Clock.fixed(start.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));
        assertThat(accounts.signIn(person.username(), "the right password", "10.0.0.2").person().id())
                .isEqualTo(person.id());
        assertThat(log.recent()).extracting(SecurityEvent::kind).contains(SecurityEvent.Kind.LOCKED_OUT,
                SecurityEvent.Kind.SIGN_IN_FAILED, SecurityEvent.Kind.SIGNED_IN);
    }

    @Test
    void a_technician_signs_in_on_the_tablet_with_badge_and_pin() {
        Person technician = user("technician password", Role.TECHNICIAN);
        String badge = String.valueOf(50_000 + Staff.next());
        accounts.setPin(technician.id(), badge, "4321", ADMIN);
        assertThat(accounts.signInWithPin(badge, "4321", "10.0.0.4").person().id()).isEqualTo(technician.id());
        assertThatThrownBy(() -> accounts.signInWithPin(badge, "4322", "10.0.0.4")).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> accounts.setPin(technician.id(), badge, "12", ADMIN))
                .isInstanceOf(Problem.class).extracting(p -> ((Problem) p).field()).isEqualTo("pin");
        Person other = user("another password", Role.TECHNICIAN);
        assertThatThrownBy(() -> accounts.setPin(other.id(), badge, "5555", ADMIN))
                .extracting(p -> ((Problem) p).key()).isEqualTo("account.badgeTaken");
    }

    @Test
    void a_disabled_user_cannot_sign_in_and_stays_on_record() {
        Person person = user("a fine password", Role.ADVISOR);
        accounts.setActive(person.id(), false, ADMIN);
        assertThatThrownBy(() -> accounts.signIn(person.username(), "a fine password", "10.0.0.5"))
                .isInstanceOf(Problem.class);
        assertThat(accounts.users()).anySatisfy(u -> {
            assertThat(u.person().id()).isEqualTo(person.id());
            assertThat(u.person().active()).isFalse();
        });
    }

    @Test
    void roles_change_and_are_logged_and_a_short_password_is_refused_naming_the_field() {
        Person person = user("password ten", Role.ADVISOR);
        accounts.setRoles(person.id(), EnumSet.of(Role.ADVISOR, Role.MANAGER), ADMIN);
        assertThat(accounts.signIn(person.username(), "password ten", "10.0.0.6").roles())
                .containsExactlyInAnyOrder(Role.ADVISOR, Role.MANAGER);
        assertThat(log.recent()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(SecurityEvent.Kind.ROLES_CHANGED);
            assertThat(e.username()).isEqualTo(person.username());
        });
        assertThatThrownBy(() -> accounts.setPassword(person.id(), "short", ADMIN))
                .extracting(p -> ((Problem) p).field()).isEqualTo("password");
    }

    @Test
    void the_last_active_admin_cannot_be_disabled_or_demoted() {
        // A new admin, then every other admin disabled: this one is the last.
        Person admin = user("admin password", Role.ADMIN);
        accounts.users().stream().filter(u -> u.roles().contains(Role.ADMIN) && u.person().active()
                && !u.person().id().equals(admin.id())).forEach(u -> accounts.setActive(u.person().id(), false, ADMIN));
        assertThatThrownBy(() -> accounts.setActive(admin.id(), false, ADMIN))
                .extracting(p -> ((Problem) p).key()).isEqualTo("account.lastAdmin");
        assertThatThrownBy(() -> accounts.setRoles(admin.id(), EnumSet.of(Role.MANAGER), ADMIN))
                .extracting(p -> ((Problem) p).key()).isEqualTo("account.lastAdmin");
    }

    private static String problemText(String key) {
        return Problem.refused(key).getMessage();
    }
}
