package fi.huoltopolku.base;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The address customers' links and QR codes point at ({@code huoltopolku.public-url},
 * {@code HUOLTOPOLKU_PUBLIC_URL}). Left at its default, or pointing at this machine (localhost,
 * 127.x, ::1, 0.0.0.0), no customer's phone can open them: outside demo mode the start says so in
 * the log, and the admin's screens show it until it is set.
 */
@Singleton
public class PublicAddress {

    private static final Logger LOG = LoggerFactory.getLogger(PublicAddress.class);

    private final String url;
    private final boolean demo;

    PublicAddress(@Value("${huoltopolku.public-url:http://localhost:8080}") String url,
            @Value("${huoltopolku.demo:false}") boolean demo) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.demo = demo;
    }

    /** The address links start with, without a trailing slash. */
    public String url() {
        return url;
    }

    /** Whether customers' links would point at an address they cannot open (never in demo mode). */
    public boolean unreachable() {
        return !demo && local(url);
    }

    /** Whether an address names this machine (or nothing usable), not one a customer's phone can reach. */
    static boolean local(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return true;
        }
        if (host == null || host.isBlank()) {
            return true;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        return name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.")
                || name.equals("::1") || name.equals("0:0:0:0:0:0:0:1") || name.equals("0.0.0.0");
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (unreachable()) {
            LOG.warn("Customers' links and QR codes point at {}, which their phones cannot open: set "
                    + "HUOLTOPOLKU_PUBLIC_URL (setting huoltopolku.public-url) to the workshop's public address, "
                    + "e.g. https://huolto.example.fi", url);
        }
    }
}
