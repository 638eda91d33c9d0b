package fi.huoltopolku;

import io.micronaut.runtime.Micronaut;
import org.apache.tomcat.util.modeler.Registry;

/** Starts Huoltopolku: Micronaut on Tomcat, the REST API under {@code /api}, the Vaadin UI at {@code /}. */
public final class Application {

    private static final String WEBSOCKET_BUFFER = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    private Application() {
    }

    public static void main(String[] args) {
        // Tomcat's WebSocket buffers are this size, several for each open screen's push connection
        // (8 kB each by default); a push larger than this is written in pieces.
        if (System.getProperty(WEBSOCKET_BUFFER) == null) {
            System.setProperty(WEBSOCKET_BUFFER, "2048");
        }
        // Tomcat's JMX beans are not used (metrics come from Micrometer); registering them parses
        // Tomcat's MBean descriptors, half a second of every start on this machine.
        Registry.disableRegistry();
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
