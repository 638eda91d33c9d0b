package fi.huoltopolku.security;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How long a sign-in attempt must wait, from the failures of the last {@link #WINDOW} in the
 * security log (so every node of a cluster applies the same delays). Each brake lets a number of
 * failures pass free, then makes every further try wait 1 s, 2 s, 4 s… after the latest failure,
 * never more than {@link #MAX_WAIT}.
 * <ul>
 * <li>A <b>known</b> attempt — the person signed in before from this browser (its device cookie,
 * within {@link #DEVICE_MEMORY}) or from this address (within {@link #ADDRESS_MEMORY}) — is slowed
 * only by failures for this name from this same device, or address ({@value #FREE_KNOWN} free).
 * Nobody elsewhere can slow a person down on their own device.</li>
 * <li>Any other attempt waits for the longest of: failures from this address
 * ({@value #FREE_PER_ADDRESS} free), failures for this name from anywhere ({@value #FREE_PER_NAME};
 * counted for every name alike, so the delays do not tell which names exist), and failures for
 * <em>existing</em> accounts in the whole workshop ({@value #FREE_OVERALL}). Made-up names never
 * feed the workshop-wide brake: a flood of them from many addresses slows only those addresses.</li>
 * </ul>
 * The same queries run whatever the name, so an unknown name takes as long as a known one.
 */
@Singleton
class SignInBrake {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration DEVICE_MEMORY = Duration.ofDays(180);
    static final Duration ADDRESS_MEMORY = Duration.ofDays(30);
    static final int FREE_PER_ADDRESS = 5;
    static final int FREE_PER_NAME = 10;
    static final int FREE_KNOWN = 10;
    static final int FREE_OVERALL = 100;
    /** The device cookie: 256 random bits, base64url; the log keeps only its SHA-256. */
    static final String DEVICE_COOKIE = "hp_device";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final SecurityEvent.Kind FAILED = SecurityEvent.Kind.SIGN_IN_FAILED;
    private static final SecurityEvent.Kind SIGNED_IN = SecurityEvent.Kind.SIGNED_IN;

    private final SecurityRepositories.Events events;

    SignInBrake(SecurityRepositories.Events events) {
        this.events = events;
    }

    /** The wait for this attempt; zero when it may go ahead. {@code device} is the cookie's hash. */
    Duration wait(String name, String address, @Nullable String device, Instant now) {
        Instant since = now.minus(WINDOW);
        boolean knownDevice = device != null && events.countByUsernameAndDeviceAndKindAndAtGreaterThan(name, device,
                SIGNED_IN, now.minus(DEVICE_MEMORY)) > 0;
        boolean knownAddress = events.countByUsernameAndAddressAndKindAndAtGreaterThan(name, address, SIGNED_IN,
                now.minus(ADDRESS_MEMORY)) > 0;
        if (knownDevice) {
            return wait(events.findTop100ByUsernameAndDeviceAndKindAndAtGreaterThanOrderByAtDesc(name, device, FAILED,
                    since), FREE_KNOWN, now);
        }
        if (knownAddress) {
            return wait(events.findTop100ByUsernameAndAddressAndKindAndAtGreaterThanOrderByAtDesc(name, address, FAILED,
                    since), FREE_KNOWN, now);
        }
        Duration byAddress = wait(events.findTop100ByAddressAndKindAndAtGreaterThanOrderByAtDesc(address, FAILED, since),
                FREE_PER_ADDRESS, now);
        Duration byName = wait(events.findTop100ByUsernameAndKindAndAtGreaterThanOrderByAtDesc(name, FAILED, since),
                FREE_PER_NAME, now);
        Duration overall = wait(events.findTop500ByKindAndAccountExistsAndAtGreaterThanOrderByAtDesc(FAILED, true,
                since), FREE_OVERALL, now);
        return longest(longest(byAddress, byName), overall);
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

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** A new device cookie's value. */
    static String newDevice() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The hash the log keeps of a device cookie; null when the value is not one of ours. */
    static @Nullable String deviceHash(@Nullable String cookie) {
        if (cookie == null || !cookie.matches("[A-Za-z0-9_-]{43}")) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(cookie.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
