package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.base.WorkshopClock;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Department;
import fi.huoltopolku.people.Person;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.support.Staff;
import fi.huoltopolku.support.TestTime;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lockout attack of issue 27, over HTTP from many loopback addresses (the app takes the client's
 * address from the connection, so each request's socket is bound to its own 127.0.0.x): made-up
 * names from 30 addresses slow those addresses, never the workshop; a person on their own device
 * is never stopped by anyone else's failures. Each test runs on its own day of the workshop clock.
 */
@MicronautTest(transactional = false)
class SignInBrakeTest {

    private static final Actor ADMIN = Actor.integration("test admin");

    @Inject EmbeddedServer server;
    @Inject AccountService accounts;
    @Inject WorkshopClock clock;
    @Inject SecurityLog log;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private void onDay(int day) {
        clock.use(Clock.fixed(TestTime.START.plus(Duration.ofDays(day)), ZoneOffset.UTC));
    }

    /** What the sign-in answered: where it sends the browser, and the device cookie it set. */
    record Answer(int status, String location, String deviceCookie) {

        boolean signedIn() {
            return status == 302 && !location.contains("/login");
        }

        boolean told_to_wait() {
            return location.contains("error=wait");
        }
    }

    /** A sign-in posted from the given loopback address, with a device cookie or none. */
    private Answer post(String from, String path, String name, String secret, String device) throws Exception {
        String body = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.getPort() + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n"
                    + (device == null ? "" : "Cookie: " + SignInBrake.DEVICE_COOKIE + "=" + device + "\r\n")
                    + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            String answer = read.toString(StandardCharsets.ISO_8859_1);
            String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
            int status = Integer.parseInt(head.substring(9, 12));
            String location = "";
            String cookie = null;
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "Location:", 0, 9)) {
                    location = line.substring(9).trim();
                } else if (line.regionMatches(true, 0, "Set-Cookie: " + SignInBrake.DEVICE_COOKIE + "=", 0, 22)) {
                    cookie = line.substring(12 + SignInBrake.DEVICE_COOKIE.length() + 1).split(";")[0];
                }
            }
            return new Answer(status, location, cookie);
        }
    }

    private Answer password(String from, String name, String password) throws Exception {
        return post(from, "/login", name, password, null);
    }

    private Person user(String name, Role role, String password) {
        return accounts.create(name + Staff.next(), "Test " + name, Department.RECEPTION, Set.of(role), password, ADMIN);
    }

    @Test
    void made_up_names_from_thirty_addresses_slow_those_addresses_and_lock_nobody_out() throws Exception {
        onDay(20);
        List<Person> staff = List.of(user("leena", Role.MANAGER, "leena's password"),
                user("aino", Role.ADVISOR, "aino's password"), user("kari", Role.FOREMAN, "kari's password"));
        Person tablet = user("juha", Role.TECHNICIAN, "juha's password");
        String badge = String.valueOf(70_000 + Staff.next());
        accounts.setPin(tablet.id(), badge, "4321", ADMIN);

        // The attack: 150 failed sign-ins for made-up names, 5 from each of 127.0.0.2 … 127.0.0.31.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Answer>> attack = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String from = "127.0.0." + (2 + i % 30);
            String name = "nobody" + i + "x" + Staff.next();
            attack.add(pool.submit(() -> password(from, name, "guess")));
        }
        for (Future<Answer> sent : attack) {
            assertThat(sent.get().location()).contains("/login?error");
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

        // 30 correct sign-ins from fresh addresses, without a device cookie: every one gets in,
        // by password, and on the tablet by badge and PIN.
        int signedIn = 0;
        for (int i = 0; i < 30; i++) {
            String from = "127.0.0." + (41 + i);
            Answer answer = i % 4 == 3 ? post(from, "/login?tablet&pin", badge, "4321", null)
                    : password(from, staff.get(i % 4 % 3).username(), staff.get(i % 4 % 3).username().replaceAll("[0-9]", "")
                            + "'s password");
            if (answer.signedIn()) {
                signedIn++;
            }
        }
        assertThat(signedIn).as("correct sign-ins after the attack").isEqualTo(30);

        // The attacker is still slowed: the next try from any of its addresses waits, right name or not.
        for (int i = 2; i <= 31; i += 7) {
            assertThat(password("127.0.0." + i, "nobody-again", "guess").told_to_wait()).isTrue();
        }
        assertThat(password("127.0.0.5", staff.get(0).username(), "leena's password").told_to_wait()).isTrue();
    }

    @Test
    void sixty_failed_sign_ins_at_the_same_moment_get_answers_not_errors_and_the_right_password_still_gets_in()
            throws Exception {
        onDay(23);
        Person aino = user("aino", Role.ADVISOR, "aino's password");
        // All at once: 30 from one address and one from each of 30 others, with aino signing in meanwhile.
        ExecutorService pool = Executors.newFixedThreadPool(64);
        List<Future<Answer>> attack = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String from = i < 30 ? "127.0.24.1" : "127.0.25." + i;
            String name = "burst" + i + "x" + Staff.next();
            attack.add(pool.submit(() -> password(from, name, "guess")));
        }
        List<Future<Answer>> own = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String from = "127.0.26." + (1 + i);
            own.add(pool.submit(() -> password(from, aino.username(), "aino's password")));
        }
        int busy = 0;
        for (Future<Answer> sent : attack) {
            Answer answer = sent.get();
            assertThat(answer.status()).as("an answer, not an error").isEqualTo(302);
            assertThat(answer.location()).contains("/login?error");
            if (answer.location().contains("error=busy")) {
                busy++;
            }
        }
        for (Future<Answer> sent : own) {
            assertThat(sent.get().signedIn()).as("the right password during the burst").isTrue();
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        // One address has at most SignInGate.PER_ADDRESS attempts under way: the rest of its 30 were
        // refused at once, without a hash.
        assertThat(busy).as("refused as many at once from one address").isGreaterThan(0);
    }

    @Test
    void a_person_on_their_own_device_gets_in_while_their_name_is_being_guessed_from_everywhere() throws Exception {
        onDay(21);
        Person leena = user("leena", Role.MANAGER, "leena's password");
        Answer first = password("127.0.1.1", leena.username(), "leena's password");
        assertThat(first.signedIn()).isTrue();
        assertThat(first.deviceCookie()).hasSize(43);
        // Someone guesses her password from 12 other addresses: her name is slowed everywhere else…
        for (int i = 0; i < 12; i++) {
            password("127.0.2." + (1 + i), leena.username(), "guess " + i);
        }
        assertThat(password("127.0.3.1", leena.username(), "leena's password").told_to_wait()).isTrue();
        // …but not on her own device (its cookie), wherever it is now, nor from the address she used.
        Answer own = post("127.0.3.2", "/login", leena.username(), "leena's password", first.deviceCookie());
        assertThat(own.signedIn()).isTrue();
        assertThat(own.deviceCookie()).as("kept, not replaced").isNull();
        assertThat(password("127.0.1.1", leena.username(), "leena's password").signedIn()).isTrue();
        // A made-up device cookie is no way around the brake.
        assertThat(post("127.0.3.3", "/login", leena.username(), "leena's password", SignInBrake.newDevice())
                .told_to_wait()).isTrue();
    }

    @Test
    void many_failures_for_real_names_slow_unknown_devices_in_the_whole_workshop_never_a_known_one() {
        onDay(22);
        Person known = user("aino", Role.ADVISOR, "aino's password");
        String device = SignInBrake.newDevice();
        accounts.signIn(known.username(), "aino's password", "10.9.0.1", device);
        // 101 failures for existing names (a real name 10 times each), each from its own address.
        List<Person> guessed = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            guessed.add(user("staff", Role.ADVISOR, "a password nobody guesses"));
        }
        for (int i = 0; i < 101; i++) {
            String name = guessed.get(i % 11).username();
            String from = "10.8." + (i / 200) + "." + i;
            assertThatThrownBy(() -> accounts.signIn(name, "guess", from)).isInstanceOf(Problem.class);
        }
        Person fresh = user("kari", Role.FOREMAN, "kari's password");
        assertThatThrownBy(() -> accounts.signIn(fresh.username(), "kari's password", "10.9.0.2"))
                .extracting(p -> ((Problem) p).key()).isEqualTo("signIn.wait");
        assertThat(accounts.signIn(known.username(), "aino's password", "10.9.0.3", device).person().id())
                .isEqualTo(known.id());
    }

    @Test
    void a_name_longer_than_the_log_keeps_is_a_wrong_name_not_an_error() throws Exception {
        onDay(23);
        String longName = "x".repeat(300);
        assertThat(password("127.0.4.1", longName, "guess").location()).endsWith("/login?error");
        assertThat(post("127.0.4.2", "/login?tablet&pin", "9".repeat(300), "1234", null).location())
                .endsWith("/login?error&tablet");
        assertThat(log.recent()).filteredOn(e -> "127.0.4.1".equals(e.address()))
                .singleElement().satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(SecurityEvent.Kind.SIGN_IN_FAILED);
                    assertThat(e.username()).isEqualTo("x".repeat(SecurityEvent.MAX_NAME));
                });
        assertThat(log.recent()).filteredOn(e -> "127.0.4.2".equals(e.address()))
                .singleElement().satisfies(e -> assertThat(e.username()).hasSize(SecurityEvent.MAX_NAME));
    }
}
