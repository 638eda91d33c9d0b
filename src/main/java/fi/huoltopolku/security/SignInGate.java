package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How many password and PIN checks run at once. Each Argon2 check takes a core and 19 MiB for a moment,
 * so a burst of sign-ins (30 at once from one address or from thirty) must neither take every core and
 * database connection of the app nor end in an error: at most {@code huoltopolku.security.sign-in-checks}
 * checks run at a time (the others queue, fairly, for at most {@code sign-in-queue}), and one address has
 * at most {@link #PER_ADDRESS} attempts under way (more are refused at once, without a check: the brake
 * has not counted their failures yet). A refusal says "many sign-ins at once, try again in a moment";
 * it is never a lockout, and a person's own attempt waits its turn behind an attack at most the queue's time.
 * No database connection is held while a check runs ({@link AccountService} reads, checks, then logs).
 */
@Singleton
public class SignInGate {

    /** Attempts one address may have under way at the same moment (a workshop's tablets share one). */
    public static final int PER_ADDRESS = 4;

    private final Semaphore checks;
    private final Duration queue;
    private final ConcurrentHashMap<String, Integer> underWay = new ConcurrentHashMap<>();

    SignInGate(@Value("${huoltopolku.security.sign-in-checks:0}") int checks,
            @Value("${huoltopolku.security.sign-in-queue:15s}") Duration queue) {
        this.checks = new Semaphore(checks > 0 ? checks : Math.max(2, Runtime.getRuntime().availableProcessors()), true);
        this.queue = queue;
    }

    /** A turn to check a secret from this address; close it when the check is done. */
    public Turn enter(String address) {
        boolean admitted = underWay.merge(address, 1, Integer::sum) <= PER_ADDRESS;
        if (!admitted) {
            leave(address);
            throw Problem.refused("signIn.busy");
        }
        boolean acquired;
        try {
            acquired = checks.tryAcquire(queue.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            leave(address);
            throw Problem.refused("signIn.busy");
        }
        return () -> {
            checks.release();
            leave(address);
        };
    }

    private void leave(String address) {
        underWay.computeIfPresent(address, (a, n) -> n <= 1 ? null : n - 1);
    }

    /** A turn at checking a secret. */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
