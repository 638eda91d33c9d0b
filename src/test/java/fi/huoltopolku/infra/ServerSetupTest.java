package fi.huoltopolku.infra;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.coyote.AbstractProtocol;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.util.ExecutorsFactory;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the server holds for each open screen and each thread counts when many tablets are open: the
 * Atmosphere set up for Vaadin's servlet is the one the app configured (not one Vaadin makes on its
 * own later), with its unused per-connection buffers at their smallest and the servlet's own settings
 * kept; and Tomcat's worker threads are capped.
 */
@MicronautTest(transactional = false)
class ServerSetupTest {

    @Inject Tomcat tomcat;

    @Test
    void the_push_set_up_for_the_screens_gives_each_connection_only_tiny_unused_buffers() {
        Context context = (Context) tomcat.getHost().findChildren()[0];
        Object atmosphere = context.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName("vaadin"));

        assertThat(atmosphere).isInstanceOf(AtmosphereFramework.class);
        AtmosphereFramework framework = (AtmosphereFramework) atmosphere;
        assertThat(framework.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE))
                .isEqualTo(String.valueOf(VaadinInitializer.UNUSED_PUSH_BUFFER));
        assertThat(framework.getAtmosphereConfig().getInitParameter("heartbeatInterval")).isEqualTo("60");
    }

    @Test
    void a_screens_cancelled_push_heartbeat_leaves_the_scheduler_at_once() {
        Context context = (Context) tomcat.getHost().findChildren()[0];
        AtmosphereFramework framework = (AtmosphereFramework) context.getServletContext()
                .getAttribute(JSR356WebsocketInitializer.getAttributeName("vaadin"));
        ScheduledThreadPoolExecutor scheduler = (ScheduledThreadPoolExecutor)
                ExecutorsFactory.getScheduler(framework.getAtmosphereConfig());
        int queued = scheduler.getQueue().size();

        // As each push does for its screen: the next heartbeat a minute ahead, cancelled by the next push.
        for (int i = 0; i < 100; i++) {
            scheduler.schedule(() -> { }, 60, TimeUnit.SECONDS).cancel(false);
        }

        assertThat(scheduler.getQueue()).hasSizeLessThanOrEqualTo(queued);
    }

    @Test
    void tomcat_keeps_at_most_the_configured_worker_threads() {
        AbstractProtocol<?> protocol =
                (AbstractProtocol<?>) tomcat.getConnector().getProtocolHandler();

        assertThat(protocol.getMaxThreads()).isEqualTo(32);
        assertThat(protocol.getMinSpareThreads()).isEqualTo(10);
    }
}
