package fi.huoltopolku.infra;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.servlet.engine.server.AbstractServletServer;
import jakarta.inject.Singleton;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat logs a port it could not take and carries on without listening ("Server Running:
 * http://localhost:-1"). This stops the app instead, saying why, so a restart script or a person
 * sees the failure at once.
 */
@Singleton
@Requires(notEnv = Environment.TEST)
final class PortCheck {

    private static final Logger LOG = LoggerFactory.getLogger(PortCheck.class);

    private final String port;

    PortCheck(@Value("${micronaut.server.port:8080}") String port) {
        this.port = port;
    }

    @EventListener
    void started(ServerStartupEvent event) {
        EmbeddedServer server = event.getSource();
        if (!listening(server)) {
            String message = "Huoltopolku could not listen on port " + port + ": another program is using it. Stop "
                    + "that program, or start Huoltopolku on another port (HUOLTOPOLKU_PORT=8081).";
            LOG.error(message);
            System.err.println(message);
            new Thread(() -> System.exit(2), "exit").start();
        }
    }

    /** Whether every connector of the server started (a port already taken leaves one failed). */
    static boolean listening(EmbeddedServer server) {
        if (server instanceof AbstractServletServer<?> servlet && servlet.getServer() instanceof Tomcat tomcat) {
            Connector[] connectors = tomcat.getService().findConnectors();
            for (Connector connector : connectors) {
                if (connector.getState() != LifecycleState.STARTED || connector.getLocalPort() <= 0) {
                    return false;
                }
            }
            return connectors.length > 0;
        }
        return server.getPort() > 0;
    }
}
