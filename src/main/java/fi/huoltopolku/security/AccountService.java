package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Accounts: sign-in with username and password, or on a shared tablet with badge number and PIN;
 * failed attempts slow further ones down with growing delays (see {@link #throttle}); a wrong
 * name, password or PIN all get the same message. Admins create users, disable them (never delete), reset
 * passwords and PINs, and assign roles; the last active admin cannot be disabled or demoted.
 */
@Singleton
@Allowed(Role.ADMIN)
public class AccountService {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final int FREE_PER_ADDRESS = 5;
    static final int FREE_PER_USER = 10;
    static final int FREE_OVERALL = 100;
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final PeopleService people;
    private final SecurityRepositories.Accounts accounts;
    private final SecurityRepositories.Roles roles;
    private final SecurityRepositories.Events events;
    private final SecurityLog log;
    private final WorkshopClock clock;

    AccountService(PeopleService people, SecurityRepositories.Accounts accounts, SecurityRepositories.Roles roles,
            SecurityRepositories.Events events, SecurityLog log, WorkshopClock clock) {
        this.people = people;
        this.accounts = accounts;
        this.roles = roles;
        this.events = events;
        this.log = log;
        this.clock = clock;
    }

    /** A user as the admin screen lists them. */
    public record User(Person person, Set<Role> roles, boolean hasPassword, @Nullable String badge, boolean hasPin) {
    }

    // ------------------------------------------------------------------ signing in

    /**
     * The person with this username and password, active and not locked out from this address.
     *
     * @throws Problem "signIn.failed" whatever was wrong
     */
    @Transactional
    @Allowed(anonymous = true)
    public SignedIn signIn(String username, String password, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        Optional<Person> person = people.findByUsername(name).filter(Person::active);
        Optional<Account> account = person.flatMap(p -> accounts.findById(p.id()));
        String hash = account.map(Account::passwordHash).orElse(null);
        return verify(name, address, person.orElse(null), password, hash, "log.detail.withPassword");
    }

    /** The same for a shared tablet: badge number and PIN. */
    @Transactional
    @Allowed(anonymous = true)
    public SignedIn signInWithPin(String badge, String pin, String address) {
        String number = badge == null ? "" : badge.trim();
        Optional<Account> account = number.isEmpty() ? Optional.empty() : accounts.findByBadge(number);
        Optional<Person> person = account.flatMap(a -> people.find(a.personId())).filter(Person::active);
        String name = person.map(Person::username).orElse("badge " + number);
        return verify(name, address, person.orElse(null), pin, account.map(Account::pinHash).orElse(null),
                "log.detail.withPin");
    }

    private SignedIn verify(String name, String address, @Nullable Person person, @Nullable String secret,
            @Nullable String hash, String how) {
        // how: the security log's text key of the way of signing in (password, or badge and PIN)
        Instant now = clock.now();
        Duration wait = throttle(name, address, now);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            log.record(SecurityEvent.Kind.LOCKED_OUT, name, null, address, SecurityLog.detail("log.detail.wait", seconds));
            throw Problem.refused("signIn.wait", seconds);
        }
        boolean ok;
        if (person == null || hash == null || secret == null) {
            Passwords.decoy(secret == null ? "" : secret);
            ok = false;
        } else {
            ok = Passwords.matches(secret, hash);
        }
        if (!ok) {
            log.record(SecurityEvent.Kind.SIGN_IN_FAILED, name, null, address, SecurityLog.detail(how));
            throw Problem.refused("signIn.failed");
        }
        log.record(SecurityEvent.Kind.SIGNED_IN, name, person.fullName(), address, SecurityLog.detail(how));
        return new SignedIn(person, roleSet(person.id()));
    }

    /**
     * How long this attempt must wait, the longest of three growing delays over the failures of the
     * last {@link #WINDOW}: from this address (after {@value #FREE_PER_ADDRESS} failures: 1 s, 2 s,
     * 4 s... after the latest), for this user from anywhere (after {@value #FREE_PER_USER}), and in
     * the whole workshop (after {@value #FREE_OVERALL}); never more than {@link #MAX_WAIT}. Guessing
     * is slow from one address or many, spraying many users included, while a colleague's typos on
     * the shared tablet cost the next person seconds, not a lockout. Kept in the security log, so
     * every node of a cluster applies the same delays.
     */
    private Duration throttle(String name, String address, Instant now) {
        Instant since = now.minus(WINDOW);
        SecurityEvent.Kind failed = SecurityEvent.Kind.SIGN_IN_FAILED;
        Duration byAddress = wait(events.findTop100ByAddressAndKindAndAtGreaterThanOrderByAtDesc(address, failed,
                since), FREE_PER_ADDRESS, now);
        Duration byUser = wait(events.findTop100ByUsernameAndKindAndAtGreaterThanOrderByAtDesc(name, failed, since),
                FREE_PER_USER, now);
        Duration overall = wait(events.findTop500ByKindAndAtGreaterThanOrderByAtDesc(failed, since), FREE_OVERALL, now);
        Duration longest = byAddress.compareTo(byUser) >= 0 ? byAddress : byUser;
        return longest.compareTo(overall) >= 0 ? longest : overall;
    }

    static Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : delay;
    }

    private static Duration wait(List<SecurityEvent> failures, int free, Instant now) {
        Duration delay = delayAfter(failures.size(), free);
        if (delay.isZero()) {
            return Duration.ZERO;
        }
        Instant until = failures.get(0).at().plus(delay);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    @Transactional
    @Allowed(anonymous = true)
    public void signedOut(SignedIn who, String address) {
        log.record(SecurityEvent.Kind.SIGNED_OUT, who.person().username(), who.person().fullName(), address, null);
    }

    // ------------------------------------------------------------------ administration

    @Transactional
    public List<User> users() {
        java.util.Map<Long, Account> byPerson = new java.util.HashMap<>();
        accounts.findAll().forEach(a -> byPerson.put(a.personId(), a));
        return people.everyone().stream().map(p -> {
            Optional<Account> account = Optional.ofNullable(byPerson.get(p.id()));
            return new User(p, roleSet(p.id()), account.map(Account::passwordHash).isPresent(),
                    account.map(Account::badge).orElse(null), account.map(Account::pinHash).isPresent());
        }).toList();
    }

    @Transactional
    public Set<Role> rolesOf(long personId) {
        return roleSet(personId);
    }

    private Set<Role> roleSet(long personId) {
        Set<Role> found = EnumSet.noneOf(Role.class);
        roles.findRoles(personId).forEach(r -> found.add(Role.valueOf(r)));
        return found;
    }

    /** A new user with roles and a first password; the first role is their job in the flow. */
    @Transactional
    public Person create(String username, String fullName, String departmentCode, Set<Role> granted,
            String password, Actor actor) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        // Every problem of the new user at once: the admin's form marks each field.
        fi.huoltopolku.base.Validation check = new fi.huoltopolku.base.Validation();
        if (check.that(name.matches("[a-z0-9._-]{2,40}"), "username", "account.usernameRule")) {
            check.that(people.findByUsername(name).isEmpty(), "username", "problem.usernameTaken", name);
        }
        check.that(fullName != null && !fullName.isBlank(), "fullName", "problem.required");
        check.that(!granted.isEmpty(), "roles", "account.rolesNeeded");
        check.run(() -> checkPassword(password));
        check.done();
        Role job = List.of(Role.TECHNICIAN, Role.ADVISOR, Role.FOREMAN, Role.MANAGER, Role.ADMIN).stream()
                .filter(granted::contains).findFirst().orElseThrow();
        Person person = people.create(name, fullName.trim(), job, departmentCode);
        accounts.save(new Account(person.id(), Passwords.hash(password), null, null, clock.now(), null));
        granted.forEach(r -> people.grant(person.id(), r));
        log.record(SecurityEvent.Kind.USER_CREATED, name, actor.name(), null, SecurityLog.detail("log.detail.roles", roles(granted)));
        return person;
    }

    @Transactional
    public void setRoles(long personId, Set<Role> granted, Actor actor) {
        Person person = person(personId);
        if (granted.isEmpty()) {
            throw Problem.invalid("roles", "account.rolesNeeded");
        }
        Set<Role> before = roleSet(personId);
        if (before.contains(Role.ADMIN) && !granted.contains(Role.ADMIN) && person.active()
                && roles.countActiveWith(Role.ADMIN.name()) <= 1) {
            throw Problem.refused("account.lastAdmin");
        }
        roles.clearRoles(personId);
        granted.forEach(r -> people.grant(personId, r));
        log.record(SecurityEvent.Kind.ROLES_CHANGED, person.username(), actor.name(), null,
                SecurityLog.detail("log.detail.rolesChanged", roles(before), roles(granted)));
    }

    /** Sets (or resets) a user's password; they sign in with it from now on. */
    @Transactional
    public void setPassword(long personId, String password, Actor actor) {
        Person person = person(personId);
        checkPassword(password);
        Account account = accounts.findById(personId).orElse(null);
        String hash = Passwords.hash(password);
        if (account == null) {
            accounts.save(new Account(personId, hash, null, null, clock.now(), null));
        } else {
            accounts.update(new Account(personId, hash, account.pinHash(), account.badge(), clock.now(), account.version()));
        }
        log.record(SecurityEvent.Kind.PASSWORD_SET, person.username(), actor.name(), null, null);
    }

    /** A badge number and PIN for the shared workshop tablet. */
    @Transactional
    public void setPin(long personId, String badge, String pin, Actor actor) {
        Person person = person(personId);
        String number = badge == null ? "" : badge.trim();
        if (!number.matches("[0-9]{1,10}")) {
            throw Problem.invalid("badge", "account.badgeRule");
        }
        if (pin == null || !pin.matches("[0-9]{4,8}")) {
            throw Problem.invalid("pin", "account.pinRule");
        }
        accounts.findByBadge(number).filter(a -> !a.personId().equals(personId)).ifPresent(a -> {
            throw Problem.invalid("badge", "account.badgeTaken", number);
        });
        Account account = accounts.findById(personId).orElse(null);
        String hash = Passwords.hash(pin);
        if (account == null) {
            accounts.save(new Account(personId, null, hash, number, clock.now(), null));
        } else {
            accounts.update(new Account(personId, account.passwordHash(), hash, number, clock.now(), account.version()));
        }
        log.record(SecurityEvent.Kind.PIN_SET, person.username(), actor.name(), null,
                SecurityLog.detail("log.detail.badge", number));
    }

    /** Disables or re-enables a user; a disabled user cannot sign in and stays on record. */
    @Transactional
    public void setActive(long personId, boolean active, Actor actor) {
        Person person = person(personId);
        if (!active && person.active() && roleSet(personId).contains(Role.ADMIN)
                && roles.countActiveWith(Role.ADMIN.name()) <= 1) {
            throw Problem.refused("account.lastAdmin");
        }
        people.setActive(personId, active);
        log.record(active ? SecurityEvent.Kind.USER_ENABLED : SecurityEvent.Kind.USER_DISABLED, person.username(),
                actor.name(), null, null);
    }

    /** Whether any active admin exists (the first start creates one from configuration). */
    @Transactional
    public boolean hasAdmin() {
        return roles.countActiveWith(Role.ADMIN.name()) > 0;
    }

    private Person person(long personId) {
        return people.find(personId).orElseThrow(() -> Problem.notFound("problem.unknownPerson", personId));
    }

    private static void checkPassword(@Nullable String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw Problem.invalid("password", "account.passwordRule", MIN_PASSWORD_LENGTH);
        }
    }

    /** Roles as the security log keeps them: {@code roles=A,B}, shown translated. */
    private static String roles(Set<Role> roles) {
        return "roles=" + String.join(",", new java.util.TreeSet<>(roles.stream().map(Role::name).toList()));
    }
}
