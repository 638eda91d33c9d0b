package fi.huoltopolku.infra;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleEvent;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;

/**
 * The session cookie: HttpOnly and SameSite=Lax always, Secure whenever the request came over
 * HTTPS. Behind a TLS-terminating proxy ({@code huoltopolku.security.behind-proxy=true}) Tomcat
 * takes the scheme and the client's address from the proxy's X-Forwarded-Proto and X-Forwarded-For
 * headers, so the cookie is Secure and lockouts count the real address.
 */
@Singleton
final class TomcatSecurity implements BeanCreatedEventListener<Tomcat> {

    private final boolean behindProxy;

    TomcatSecurity(@Value("${huoltopolku.security.behind-proxy:false}") boolean behindProxy) {
        this.behindProxy = behindProxy;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        if (behindProxy) {
            RemoteIpValve valve = new RemoteIpValve();
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setRemoteIpHeader("X-Forwarded-For");
            tomcat.getEngine().getPipeline().addValve(valve);
        }
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
