package fi.huoltopolku.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id hashes (OWASP's minimum: 19 MiB, 2 iterations, 1 lane) of passwords and PINs, in the
 * self-describing PHC string format so the parameters can be raised later.
 */
final class Passwords {

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);
    /** Checked when the user is unknown, so that an unknown name takes as long as a wrong password. */
    private static final String DECOY = hash("decoy password, never matches");

    private Passwords() {
    }

    static String hash(String secret) {
        return Password.hash(secret).addRandomSalt(16).with(ARGON2).getResult();
    }

    static boolean matches(String secret, String hash) {
        return Password.check(secret, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    static void decoy(String secret) {
        matches(secret, DECOY);
    }
}
