package fi.huoltopolku.security;

import fi.huoltopolku.base.Messages;
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
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    private String waitText(long seconds) {
        return new Messages().text(Problem.refused("signIn.wait", seconds),
                Locale.ENGLISH);
    }

    private void at(Instant instant) {
        clock.use(Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void after_five_failures_from_an_address_each_try_waits_twice_as_long_then_the_right_password_works() {
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        at(start);
        Person person = user("the right password", Role.ADVISOR);
        String failed = problemText("signIn.failed");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accounts.signIn(person.username(), "wrong guess", "10.0.0.2")).hasMessage(failed);
        }
        // Not even the right password is checked during the wait, so guessing learns nothing.
        assertThatThrownBy(() -> accounts.signIn(person.username(), "the right password", "10.0.0.2"))
                .hasMessage(waitText(1));
        // Another address is not slowed down.
        assertThat(accounts.signIn(person.username(), "the right password", "10.0.0.3").person().id())
                .isEqualTo(person.id());
        at(start.plusSeconds(1));
        assertThatThrownBy(() -> accounts.signIn(person.username(), "wrong again", "10.0.0.2")).hasMessage(failed);
        assertThatThrownBy(() -> accounts.signIn(person.username(), "the right password", "10.0.0.2"))
                .hasMessage(waitText(2));
        at(start.plusSeconds(3));
        assertThat(accounts.signIn(person.username(), "the right password", "10.0.0.2").person().id())
                .isEqualTo(person.id());
        assertThat(log.recent()).extracting(SecurityEvent::kind).contains(SecurityEvent.Kind.LOCKED_OUT,
                SecurityEvent.Kind.SIGN_IN_FAILED, SecurityEvent.Kind.SIGNED_IN);
    }

    @Test
    void spraying_many_users_from_one_address_slows_to_a_crawl() {
        Instant start = Instant.parse("2026-03-03T08:00:00Z");
        Person target = user("the right password", Role.ADVISOR);
        // 40 wrong passwords over 10 users, each as soon as the delay allows: the delays double.
        Instant now = start;
        int tried = 0;
        while (tried < 40 && now.isBefore(start.plus(Duration.ofMinutes(14)))) {
            at(now);
            try {
                accounts.signIn("user" + (tried % 10), "guess " + tried, "10.0.9.9");
            } catch (Problem refused) {
                if (refused.key().equals("signIn.wait")) {
                    now = now.plusSeconds(((Number) refused.args().get(0)).longValue());
                    continue;
                }
            }
            tried++;
        }
        // Within a quarter of an hour the delays allow only a handful of guesses beyond the first five.
        assertThat(tried).isLessThan(16);
        at(start.plus(Duration.ofMinutes(14)));
        assertThatThrownBy(() -> accounts.signIn(target.username(), "the right password", "10.0.9.9"))
                .extracting(p -> ((Problem) p).key()).isEqualTo("signIn.wait");
    }

    @Test
    void a_colleagues_typos_on_the_shared_tablet_cost_the_next_person_seconds_not_a_lockout() {
        Instant start = Instant.parse("2026-03-04T08:00:00Z");
        at(start);
        Person clumsy = user("technician password", Role.TECHNICIAN);
        Person next = user("other password", Role.TECHNICIAN);
        String clumsyBadge = String.valueOf(60_000 + Staff.next());
        String nextBadge = String.valueOf(60_000 + Staff.next());
        accounts.setPin(clumsy.id(), clumsyBadge, "1111", ADMIN);
        accounts.setPin(next.id(), nextBadge, "2222", ADMIN);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accounts.signInWithPin(clumsyBadge, "9999", "10.0.7.7"));
        }
        at(start.plusSeconds(1));
        assertThat(accounts.signInWithPin(nextBadge, "2222", "10.0.7.7").person().id()).isEqualTo(next.id());
        assertThat(accounts.signInWithPin(clumsyBadge, "1111", "10.0.7.7").person().id()).isEqualTo(clumsy.id());
    }

    @Test
    void guessing_one_user_from_many_addresses_is_slowed_down_too() {
        Instant start = Instant.parse("2026-03-05T08:00:00Z");
        at(start);
        Person person = user("the right password", Role.MANAGER);
        for (int i = 0; i < 10; i++) {
            int n = i;
            assertThatThrownBy(() -> accounts.signIn(person.username(), "guess", "10.1.0." + n))
                    .hasMessage(problemText("signIn.failed"));
        }
        assertThatThrownBy(() -> accounts.signIn(person.username(), "the right password", "10.2.0.1"))
                .hasMessage(waitText(1));
        at(start.plusSeconds(1));
        assertThat(accounts.signIn(person.username(), "the right password", "10.2.0.1").person().id())
                .isEqualTo(person.id());
    }

    @Test
    void the_delay_doubles_and_stops_at_a_quarter_of_an_hour() {
        assertThat(SignInBrake.delayAfter(4, 5)).isZero();
        assertThat(SignInBrake.delayAfter(5, 5)).hasSeconds(1);
        assertThat(SignInBrake.delayAfter(8, 5)).hasSeconds(8);
        assertThat(SignInBrake.delayAfter(40, 5)).isEqualTo(Duration.ofMinutes(15));
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

    @Test
    void a_new_user_with_several_problems_is_refused_naming_each_of_them() {
        Problem problem = assertThrows(
                Problem.class, () -> accounts.create("Ä", " ", "RECEPTION",
                        Set.of(), "short", Actor.integration("test")));

        assertThat(problem.problems()).extracting(Problem::field)
                .containsExactly("username", "fullName", "roles", "password");
    }
}
