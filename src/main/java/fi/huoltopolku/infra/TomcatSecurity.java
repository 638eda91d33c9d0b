package fi.huoltopolku.infra;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.LifecycleEvent;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;

/**
 * The session cookie: HttpOnly and SameSite=Lax always, Secure whenever the request came over
 * HTTPS. Behind a TLS-terminating proxy ({@code huoltopolku.security.behind-proxy=true}) Tomcat
 * takes the scheme and the client's address from the proxy's X-Forwarded-Proto and X-Forwarded-For
 * headers, only when the request comes from one of {@code huoltopolku.security.proxy-addresses},
 * so the cookie is Secure and sign-in throttling counts the real address.
 */
@Singleton
final class TomcatSecurity implements BeanCreatedEventListener<Tomcat> {

    static final int MAX_SWALLOW = 256 * 1024;

    private final boolean behindProxy;
    private final String proxies;

    TomcatSecurity(@Value("${huoltopolku.security.behind-proxy:false}") boolean behindProxy,
            @Value("${huoltopolku.security.proxy-addresses:`127.0.0.1,::1,0:0:0:0:0:0:0:1`}") String proxyAddresses) {
        this.behindProxy = behindProxy;
        this.proxies = internalProxies(proxyAddresses);
    }

    /**
     * The addresses whose X-Forwarded-For is believed, as Tomcat's pattern: exactly the configured
     * ones (Tomcat's default would trust every private-range client, so anyone on the workshop's
     * network could claim any address and escape the sign-in throttling).
     */
    static String internalProxies(String addresses) {
        StringBuilder pattern = new StringBuilder();
        for (String address : addresses.split(",")) {
            String trimmed = address.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!trimmed.matches("[0-9A-Fa-f:.]+")) {
                throw new IllegalArgumentException("huoltopolku.security.proxy-addresses: '" + trimmed
                        + "' is not an IP address");
            }
            pattern.append(pattern.length() == 0 ? "" : "|").append(Pattern.quote(trimmed));
        }
        return pattern.toString();
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        if (behindProxy) {
            RemoteIpValve valve = new RemoteIpValve();
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setInternalProxies(proxies);
            valve.setTrustedProxies(null);
            tomcat.getEngine().getPipeline().addValve(valve);
        }
        // Errors answered by Tomcat itself: our page or JSON, no report, no version.
        if (tomcat.getHost() instanceof StandardHost host) {
            host.setErrorReportValveClass(QuietErrorValve.class.getName());
        }
        tomcat.getConnector().setXpoweredBy(false);
        // A body refused before it was read (413 past a form's cap, 401, 411) is read on only this far
        // for the client to see the answer, then the connection is closed: not 2 MB, not to its end.
        tomcat.getConnector().setProperty("maxSwallowSize", String.valueOf(MAX_SWALLOW));
        // The security headers even on what Tomcat answers before any valve (OPTIONS *).
        Connector connector = tomcat.getConnector();
        connector.addLifecycleListener(e -> {
            if (Lifecycle.AFTER_INIT_EVENT.equals(e.getType())
                    && !(connector.getProtocolHandler().getAdapter() instanceof SecureAdapter)) {
                connector.getProtocolHandler().setAdapter(new SecureAdapter(connector.getProtocolHandler().getAdapter()));
            }
        });
        tomcat.getConnector().setProperty("server", "Huoltopolku");
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                secure(context);
            }
        }
        tomcat.getHost().addLifecycleListener((LifecycleEvent e) -> {
            for (Container child : tomcat.getHost().findChildren()) {
                if (child instanceof Context context) {
                    secure(context);
                }
            }
        });
        return tomcat;
    }

    private static void secure(Context context) {
        context.setUseHttpOnly(true);
        if (context.getCookieProcessor() instanceof Rfc6265CookieProcessor processor) {
            processor.setSameSiteCookies("Lax");
        } else {
            Rfc6265CookieProcessor processor = new Rfc6265CookieProcessor();
            processor.setSameSiteCookies("Lax");
            context.setCookieProcessor(processor);
        }
    }
}
