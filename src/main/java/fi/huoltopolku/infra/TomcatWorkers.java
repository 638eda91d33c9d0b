package fi.huoltopolku.infra;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.startup.Tomcat;

/**
 * Tomcat's worker threads: at most {@code huoltopolku.server.max-threads} (32 by default, not
 * Tomcat's 200). Requests wait on the database's pool (10 connections) and on their session's lock,
 * so more threads than that only queue inside the app instead of in the connector; and each thread
 * keeps its own buffers for the answers it writes (tens of kB each), so 50 browsers opening their
 * pages at once had grown Tomcat to about 200 threads and several MB of such buffers. Connections
 * are not threads: an open screen's push connection holds none while idle.
 */
@Singleton
final class TomcatWorkers implements BeanCreatedEventListener<Tomcat> {

    private final int maxThreads;

    TomcatWorkers(@Value("${huoltopolku.server.max-threads:32}") int maxThreads) {
        if (maxThreads < 4) {
            throw new IllegalArgumentException("huoltopolku.server.max-threads: at least 4, not " + maxThreads);
        }
        this.maxThreads = maxThreads;
    }

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        tomcat.getConnector().setProperty("maxThreads", String.valueOf(maxThreads));
        tomcat.getConnector().setProperty("minSpareThreads", String.valueOf(Math.min(10, maxThreads)));
        return tomcat;
    }
}
