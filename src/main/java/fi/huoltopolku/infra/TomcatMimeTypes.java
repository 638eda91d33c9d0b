package fi.huoltopolku.infra;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleEvent;
import org.apache.catalina.startup.Tomcat;

/** The bare embedded Tomcat context has no MIME mappings; without them scripts load as blank. */
@Singleton
final class TomcatMimeTypes implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
            }
        }
        tomcat.getHost().addLifecycleListener((LifecycleEvent e) -> {
            for (Container child : tomcat.getHost().findChildren()) {
                if (child instanceof Context context && context.findMimeMappings().length == 0) {
                    Tomcat.addDefaultMimeTypeMappings(context);
                }
            }
        });
        return tomcat;
    }
}
