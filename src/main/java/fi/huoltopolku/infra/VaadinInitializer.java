package fi.huoltopolku.infra;

import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.HandlesTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import fi.huoltopolku.security.AccountService;
import fi.huoltopolku.security.ApiAuthFilter;
import fi.huoltopolku.security.ApiTokenService;
import fi.huoltopolku.security.SignInFilter;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * Runs Vaadin's servlet container initializers inside Micronaut's embedded Tomcat and registers
 * the Vaadin servlet at {@code /*}. Embedded Tomcat does not scan {@link HandlesTypes}, so this
 * class does the scan (ClassGraph) and hands each initializer the classes it asks for.
 */
@Singleton
final class VaadinInitializer implements ServletContainerInitializer {

    private static final String[] SCANNED_PACKAGES = {"com.vaadin", "fi.huoltopolku"};

    private final ApplicationContext context;

    VaadinInitializer(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        // WebSocket support for Vaadin Push (Tomcat's own initializer; it needs no scanned classes).
        new WsSci().onStartup(Set.of(), servletContext);
        List<ServletContainerInitializer> vaadinInitializers = vaadinInitializers();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages(SCANNED_PACKAGES).scan()) {
            for (ServletContainerInitializer initializer : vaadinInitializers) {
                initializer.onStartup(handledTypes(initializer.getClass(), scan), servletContext);
            }
        }
        servletContext.addFilter("request-guard", new RequestGuard()).addMappingForUrlPatterns(null, false, "/*");
        servletContext.addFilter("survey-path", new SurveyPathFilter())
                .addMappingForUrlPatterns(null, false, SurveyPathFilter.PUBLIC + "/*");
        // Sign-in and out over plain HTTP (the session id changes at sign-in), and the REST callers.
        java.time.Duration idle = context.getProperty("huoltopolku.security.idle-timeout", java.time.Duration.class)
                .orElse(java.time.Duration.ofHours(8));
        java.time.Duration tabletIdle = context.getProperty("huoltopolku.security.tablet-idle-timeout",
                java.time.Duration.class).orElse(java.time.Duration.ofHours(1));
        servletContext.addFilter("sign-in", new SignInFilter(context.getBean(AccountService.class), idle, tabletIdle))
                .addMappingForUrlPatterns(null, false, "/login", "/logout");
        servletContext.addFilter("api-callers", new ApiAuthFilter(context.getBean(ApiTokenService.class)))
                .addMappingForUrlPatterns(null, false, "/api/*");
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
    }

    private static List<ServletContainerInitializer> vaadinInitializers() {
        List<ServletContainerInitializer> found = new ArrayList<>();
        for (ServletContainerInitializer initializer : ServiceLoader.load(ServletContainerInitializer.class)) {
            if (initializer.getClass().getName().startsWith("com.vaadin.")) {
                found.add(initializer);
            }
        }
        // The lookup initializer provides services the others use: run it first.
        found.sort(Comparator.comparing(i -> i instanceof LookupServletContainerInitializer ? 0 : 1));
        return found;
    }

    private static Set<Class<?>> handledTypes(Class<?> initializerClass, ScanResult scan) {
        HandlesTypes handlesTypes = initializerClass.getAnnotation(HandlesTypes.class);
        Set<Class<?>> classes = new HashSet<>();
        if (handlesTypes == null) {
            return classes;
        }
        for (Class<?> type : handlesTypes.value()) {
            ClassInfoList matches;
            if (type.isAnnotation()) {
                matches = scan.getClassesWithAnnotation(type.getName());
            } else if (type.isInterface()) {
                matches = scan.getClassesImplementing(type.getName());
            } else {
                matches = scan.getSubclasses(type.getName());
            }
            classes.addAll(matches.loadClasses(true));
        }
        return classes;
    }
}
