package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.Validation;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.PeopleService;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.site.SiteScope;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Accounts: sign-in with username and password, or on a shared tablet with badge number and PIN;
 * failed attempts slow further ones down with growing delays (see {@link SignInBrake}); a wrong
 * name, password or PIN all get the same message. Admins create users, disable them (never delete), reset
 * passwords and PINs, and assign roles; the last active admin cannot be disabled or demoted.
 */
@Singleton
@Allowed(Role.ADMIN)
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final PeopleService people;
    private final SecurityRepositories.Accounts accounts;
    private final SecurityRepositories.Roles roles;
    private final SignInBrake brake;
    private final SignInGate gate;
    private final SecurityLog log;
    private final WorkshopClock clock;

    AccountService(PeopleService people, SecurityRepositories.Accounts accounts, SecurityRepositories.Roles roles,
            SignInBrake brake, SignInGate gate, SecurityLog log, WorkshopClock clock) {
        this.people = people;
        this.accounts = accounts;
        this.roles = roles;
        this.brake = brake;
        this.gate = gate;
        this.log = log;
        this.clock = clock;
    }

    /** A user as the admin screen lists them. */
    public record User(Person person, Set<Role> roles, boolean hasPassword, @Nullable String badge, boolean hasPin) {
    }

    // ------------------------------------------------------------------ signing in

    /**
     * The person with this username and password, active and not slowed down (see {@link SignInBrake}).
     *
     * @throws Problem "signIn.failed" whatever was wrong, "signIn.wait" during a wait
     */
    @Allowed(anonymous = true)
    public SignedIn signIn(String username, String password, String address) {
        return signIn(username, password, address, null);
    }

    /** The same from a browser sending its device cookie (null without one), kept with the attempt. */
    @Allowed(anonymous = true)
    public SignedIn signIn(String username, String password, String address, @Nullable String deviceCookie) {
        // No username is longer than the log's column, so a longer one is cut as the log keeps it.
        String name = SecurityLog.cap(username == null ? "" : username.trim().toLowerCase(Locale.ROOT),
                SecurityEvent.MAX_NAME);
        Optional<Person> person = people.findByUsername(name).filter(Person::active);
        Optional<Account> account = person.flatMap(p -> accounts.findById(p.id()));
        String hash = account.map(Account::passwordHash).orElse(null);
        return verify(name, address, deviceCookie, person.orElse(null), password, hash, "log.detail.withPassword");
    }

    /** The same for a shared tablet: badge number and PIN. */
    @Allowed(anonymous = true)
    public SignedIn signInWithPin(String badge, String pin, String address) {
        return signInWithPin(badge, pin, address, null);
    }

    /** The same from a tablet sending its device cookie. */
    @Allowed(anonymous = true)
    public SignedIn signInWithPin(String badge, String pin, String address, @Nullable String deviceCookie) {
        String number = badge == null ? "" : badge.trim();
        Optional<Account> account = number.isEmpty() || number.length() > 10 ? Optional.empty()
                : accounts.findByBadge(number);
        Optional<Person> person = account.flatMap(a -> people.find(a.personId())).filter(Person::active);
        String name = SecurityLog.cap(person.map(Person::username).orElse("badge " + number), SecurityEvent.MAX_NAME);
        return verify(name, address, deviceCookie, person.orElse(null), pin,
                account.map(Account::pinHash).orElse(null), "log.detail.withPin");
    }

    private SignedIn verify(String name, String address, @Nullable String deviceCookie, @Nullable Person person,
            @Nullable String secret, @Nullable String hash, String how) {
        // how: the security log's text key of the way of signing in (password, or badge and PIN)
        String place = SecurityLog.cap(address, SecurityEvent.MAX_NAME);
        String device = SignInBrake.deviceHash(deviceCookie);
        boolean exists = person != null;
        Duration wait = brake.wait(name, place, device, clock.now());
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            log.attempt(SecurityEvent.Kind.LOCKED_OUT, name, null, place, SecurityLog.detail("log.detail.wait", seconds),
                    exists, device);
            throw Problem.refused("signIn.wait", seconds);
        }
        boolean ok;
        // Outside any transaction: no database connection is held while the hash is computed.
        try (SignInGate.Turn turn = gate.enter(place)) {
            if (person == null || hash == null || secret == null) {
                // An unknown name costs a hash like a wrong password, so the time does not tell.
                Passwords.decoy(secret == null ? "" : secret);
                ok = false;
            } else {
                ok = Passwords.matches(secret, hash);
            }
        }
        if (!ok) {
            log.attempt(SecurityEvent.Kind.SIGN_IN_FAILED, name, null, place, SecurityLog.detail(how), exists, device);
            throw Problem.refused("signIn.failed");
        }
        log.attempt(SecurityEvent.Kind.SIGNED_IN, name, person.fullName(), place, SecurityLog.detail(how), true, device);
        return new SignedIn(person, roleSet(person.id()), siteScope(person.id()));
    }

    /** The sites a person may see: every site with a role at the group, else the sites of their roles. */
    private SiteScope siteScope(long personId) {
        return roles.countGroupRoles(personId) > 0 ? SiteScope.ALL : SiteScope.of(Set.copyOf(roles.findSites(personId)));
    }

    @Transactional
    @Allowed(anonymous = true)
    public void signedOut(SignedIn who, String address) {
        log.record(SecurityEvent.Kind.SIGNED_OUT, who.person().username(), who.person().fullName(), address, null);
    }

    // ------------------------------------------------------------------ administration

    @Transactional
    public List<User> users() {
        Map<Long, Account> byPerson = new HashMap<>();
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
        Validation check = new Validation();
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
        // The same roles at the sites where the person works (the first site if none yet); the admin at the group.
        List<Long> sites = roles.findSites(personId);
        roles.clearRoles(personId);
        for (Role r : granted) {
            if (r == Role.ADMIN || sites.isEmpty()) {
                people.grant(personId, r);
            } else {
                sites.forEach(site -> people.grantAt(personId, site, r));
            }
        }
        log.record(SecurityEvent.Kind.ROLES_CHANGED, person.username(), actor.name(), null,
                SecurityLog.detail("log.detail.rolesChanged", roles(before), roles(granted)));
    }

    /** A role held at a site, or at the group ({@code siteId} null): what a group's admin grants. */
    public record Grant(Role role, @Nullable Long siteId) {
    }

    /** Where the person holds each role. */
    @Transactional
    public Set<Grant> grantsOf(long personId) {
        Set<Grant> found = new HashSet<>();
        for (String row : roles.findGrants(personId)) {
            String[] parts = row.split(":", 2);
            found.add(new Grant(Role.valueOf(parts[0]), parts[1].isEmpty() ? null : Long.valueOf(parts[1])));
        }
        return found;
    }

    /**
     * Sets where the person holds each role (a group's admin: advisor at one site, foreman at another,
     * manager at the group). The admin is held at the group only; the last admin stays one.
     */
    @Transactional
    public void setGrants(long personId, Set<Grant> granted, Actor actor) {
        Person person = person(personId);
        if (granted.isEmpty()) {
            throw Problem.invalid("roles", "account.rolesNeeded");
        }
        Set<Role> before = roleSet(personId);
        Set<Role> after = EnumSet.noneOf(Role.class);
        granted.forEach(g -> after.add(g.role()));
        if (before.contains(Role.ADMIN) && !after.contains(Role.ADMIN) && person.active()
                && roles.countActiveWith(Role.ADMIN.name()) <= 1) {
            throw Problem.refused("account.lastAdmin");
        }
        Set<Grant> held = new HashSet<>();
        granted.forEach(g -> held.add(g.role() == Role.ADMIN ? new Grant(Role.ADMIN, null) : g));
        roles.clearRoles(personId);
        held.forEach(grant -> people.grantAt(personId, grant.siteId(), grant.role()));
        log.record(SecurityEvent.Kind.ROLES_CHANGED, person.username(), actor.name(), null,
                SecurityLog.detail("log.detail.rolesChanged", roles(before), roles(after)));
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
        return "roles=" + String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList()));
    }
}
