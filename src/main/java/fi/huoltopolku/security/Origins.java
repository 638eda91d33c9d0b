package fi.huoltopolku.security;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A web address's site (scheme, host, port: {@code https://huolto.example.fi:443}) for the same-site check. */
final class Origins {

    private static final Logger LOG = LoggerFactory.getLogger(SignInFilter.class);

    private Origins() {
    }

    /** The address's site, the default port spelt out; null when it is not a web address. */
    static @Nullable String of(String address) {
        try {
            URI uri = URI.create(address.strip());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (host == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the site is this machine (a page there is on the user's own computer). */
    static boolean loopback(String site) {
        String host = URI.create(site).getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.equals("localhost") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}") || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }

    /** One warning a minute about refused posts, so an address left out of the settings can be found. */
    static final class Refusals {

        private static final long EVERY = Duration.ofMinutes(1).toNanos();
        private final AtomicLong last = new AtomicLong(System.nanoTime() - EVERY);

        void warn(String origin) {
            long now = System.nanoTime();
            long before = last.get();
            if (now - before >= EVERY && last.compareAndSet(before, now)) {
                String shown = origin.replaceAll("[^\\x21-\\x7e]", "?");
                LOG.warn("A sign-in or sign-out posted from {} was refused: not the public address "
                        + "(huoltopolku.public-url) or one of huoltopolku.security.allowed-origins (more are "
                        + "not logged for a minute)", shown.length() > 100 ? shown.substring(0, 100) + "…" : shown);
            }
        }
    }
}
