package fi.huoltopolku.infra;

import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import fi.huoltopolku.base.PublicAddress;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.security.ApiAuthFilter;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.security.SignInFilter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.websocket.server.ServerContainer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.apache.tomcat.websocket.server.WsSci;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.atmosphere.util.ExecutorsFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Vaadin's servlet container initializers inside Micronaut's embedded Tomcat and registers
 * the Vaadin servlet at {@code /*}. Embedded Tomcat does not scan {@link HandlesTypes}, so this
 * class hands each initializer the classes it asks for, from the build's index ({@link VaadinTypes}).
 */
@Singleton
final class VaadinInitializer implements ServletContainerInitializer {

    private static final Logger LOG = LoggerFactory.getLogger(VaadinInitializer.class);

    /** The largest message a screen may send over its push connection, in characters or bytes. */
    static final int PUSH_RECEIVE_BUFFER = 2048;

    /** The size of Atmosphere's per-screen buffers that nothing writes to (see {@link #smallPushBuffers}). */
    static final int UNUSED_PUSH_BUFFER = 16;

    private final ApplicationContext context;

    VaadinInitializer(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        // WebSocket support for Vaadin Push (Tomcat's own initializer; it needs no scanned classes).
        new WsSci().onStartup(Set.of(), servletContext);
        // The screens' messages to the server go over plain requests (Vaadin's WEBSOCKET_XHR), so the
        // push connection only receives heartbeats: small receive buffers, not 8 k characters and
        // 8 kB for each open screen (see also Application's buffer size).
        if (servletContext.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            container.setDefaultMaxTextMessageBufferSize(PUSH_RECEIVE_BUFFER);
            container.setDefaultMaxBinaryMessageBufferSize(PUSH_RECEIVE_BUFFER);
        }
        long started = System.nanoTime();
        List<ServletContainerInitializer> initializers = VaadinTypes.initializers();
        // The build's index of the classes they handle; a scan only where there is none (an IDE run).
        Map<String, Set<String>> handled = VaadinTypes.read(initializers)
                .orElseGet(() -> VaadinTypes.scan(initializers));
        for (ServletContainerInitializer initializer : initializers) {
            initializer.onStartup(VaadinTypes.load(handled.get(initializer.getClass().getName())), servletContext);
        }
        LOG.debug("Vaadin initialised in {} ms", (System.nanoTime() - started) / 1_000_000);
        servletContext.addFilter("request-ids", new RequestIds()).addMappingForUrlPatterns(null, false, "/*");
        context.findBean(MeterRegistry.class).ifPresent(registry -> servletContext
                .addFilter("request-metrics", new RequestMetrics(registry)).addMappingForUrlPatterns(null, false, "/*"));
        servletContext.addFilter("request-guard", new RequestGuard()).addMappingForUrlPatterns(null, false, "/*");
        servletContext.addFilter("survey-path", new SurveyPathFilter())
                .addMappingForUrlPatterns(null, false, SurveyPathFilter.PUBLIC + "/*", SurveyPathFilter.APPROVAL + "/*");
        // Sign-in and out over plain HTTP (the session id changes at sign-in), and the REST callers.
        Duration idle = context.getProperty("huoltopolku.security.idle-timeout", Duration.class)
                .orElse(Duration.ofHours(8));
        Duration tabletIdle = context.getProperty("huoltopolku.security.tablet-idle-timeout",
                Duration.class).orElse(Duration.ofHours(1));
        // Sign-in posts come from the public address, the configured ones, or this machine.
        List<String> origins = new ArrayList<>(List.of(context.getBean(PublicAddress.class).url()));
        origins.addAll(List.of(context.getProperty("huoltopolku.security.allowed-origins", String.class).orElse("")
                .split(",")));
        servletContext.addFilter("sign-in", new SignInFilter(context.getBean(AccountService.class), idle, tabletIdle,
                        origins))
                .addMappingForUrlPatterns(null, false, "/login", "/logout");
        servletContext.addFilter("api-callers", new ApiAuthFilter(context.getBean(ApiTokenService.class)))
                .addMappingForUrlPatterns(null, false, "/api/*");
        servletContext.addFilter("metrics-guard", new MetricsGuard())
                .addMappingForUrlPatterns(null, false, MetricsGuard.PATH);
        ServletRegistration.Dynamic servlet =
                servletContext.addServlet("vaadin", new MicronautVaadinServlet(context));
        servlet.addMapping("/*");
        // Development mode's tool overlay covers dialog buttons in screenshots and browser tests.
        servlet.setInitParameter("devmode.devTools.enabled", "false");
        // Without this the UI's heartbeat would keep an idle session alive for ever.
        servlet.setInitParameter("closeIdleSessions", "true");
        // A browser sends a heartbeat every minute while a screen is open: three missed ones and the
        // screen stops receiving live updates (LiveUpdates), so a sleeping tablet costs nothing.
        servlet.setInitParameter("heartbeatInterval", "60");
        servlet.setAsyncSupported(true);
        servlet.setLoadOnStartup(1);
        smallPushBuffers(servlet, servletContext);
    }

    /**
     * Vaadin's push (Atmosphere) set up here rather than at the servlet's start, so its settings can
     * be changed: Atmosphere gives every open screen's WebSocket a byte and a character buffer of
     * {@code org.atmosphere.websocket.bufferSize} (Vaadin asks for 16 k: 48 kB a screen) that it only
     * ever clears, never fills; so they are made as small as they can be.
     */
    static void smallPushBuffers(ServletRegistration servlet, ServletContext servletContext) {
        JSR356WebsocketInitializer.initAtmosphereForVaadinServlet(servlet, servletContext);
        if (servletContext.getAttribute(JSR356WebsocketInitializer.getAttributeName(servlet.getName()))
                instanceof AtmosphereFramework atmosphere) {
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(UNUSED_PUSH_BUFFER));
            dropCancelledTasks(atmosphere);
        } else {
            LOG.warn("Push is not set up ahead: each open screen holds 48 kB of unused buffers");
        }
    }

    /**
     * Every push to a screen cancels that screen's pending heartbeat and schedules the next one, a
     * minute ahead, on Atmosphere's shared scheduler; a cancelled task stays in the scheduler's queue
     * until its minute is up unless the scheduler removes it at once, as it is told to here. (With
     * fifty screens and a change a second, some three thousand dead tasks otherwise.)
     */
    static void dropCancelledTasks(AtmosphereFramework framework) {
        if (framework.isShareExecutorServices()
                && ExecutorsFactory.getScheduler(framework.getAtmosphereConfig())
                        instanceof ScheduledThreadPoolExecutor scheduler) {
            scheduler.setRemoveOnCancelPolicy(true);
        } else {
            LOG.warn("Push heartbeats: cancelled tasks stay queued until they were due");
        }
    }
}
