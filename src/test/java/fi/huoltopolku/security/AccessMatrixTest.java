package fi.huoltopolku.security;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may open what: every role (and anonymous) against every screen and every REST endpoint,
 * found from the routes and the router, so a new screen or endpoint fails here until its expected
 * access is written down below.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    /** Anyone, signed in or not. */
    private static final Set<Role> PUBLIC = null;
    private static final Set<Role> STAFF = EnumSet.of(Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER);
    private static final Set<Role> EVERYONE_SIGNED_IN = EnumSet.allOf(Role.class);

    private static final Map<String, Set<Role>> VIEWS = new TreeMap<>();
    private static final Map<String, Set<Role>> ENDPOINTS = new TreeMap<>();

    static {
        VIEWS.put("login", PUBLIC);
        VIEWS.put("", EVERYONE_SIGNED_IN);
        VIEWS.put("counter", EnumSet.of(Role.ADVISOR, Role.FOREMAN, Role.MANAGER));
        VIEWS.put("board", STAFF);
        VIEWS.put("visit", STAFF);
        VIEWS.put("vehicle", EnumSet.of(Role.ADVISOR, Role.FOREMAN, Role.MANAGER));
        VIEWS.put("calendar", EnumSet.of(Role.ADVISOR, Role.FOREMAN, Role.MANAGER));
        VIEWS.put("checklist", STAFF);
        VIEWS.put("my-jobs", EnumSet.of(Role.TECHNICIAN, Role.FOREMAN));
        VIEWS.put("post-inspection", EnumSet.of(Role.FOREMAN, Role.MANAGER));
        VIEWS.put("workshop-tests", EnumSet.of(Role.FOREMAN, Role.MANAGER));
        VIEWS.put("check-items", EnumSet.of(Role.MANAGER));
        VIEWS.put("inbox", EnumSet.of(Role.ADVISOR, Role.FOREMAN, Role.MANAGER));
        VIEWS.put("handover-sheet", EnumSet.of(Role.ADVISOR, Role.FOREMAN, Role.MANAGER));
        VIEWS.put("quality", EnumSet.of(Role.MANAGER));
        VIEWS.put("quality/group", EnumSet.of(Role.MANAGER));
        VIEWS.put("my-feedback", EnumSet.of(Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN));
        VIEWS.put("improvements", EnumSet.of(Role.MANAGER, Role.FOREMAN));
        VIEWS.put("admin/users", EnumSet.of(Role.ADMIN));
        VIEWS.put("admin/tokens", EnumSet.of(Role.ADMIN));
        VIEWS.put("admin/log", EnumSet.of(Role.ADMIN));
        VIEWS.put("admin/customers", EnumSet.of(Role.ADMIN));
        VIEWS.put("admin/backups", EnumSet.of(Role.ADMIN));
        VIEWS.put("admin/sites", EnumSet.of(Role.ADMIN));

        // The tests' probe of the request id in an API controller's logs (infra.RequestIdProbe).
        ENDPOINTS.put("GET /api/v1/test-request-id", EnumSet.of(Role.MANAGER));
        Set<Role> visitStaff = STAFF;
        ENDPOINTS.put("GET /api/v1/sites", EVERYONE_SIGNED_IN);
        ENDPOINTS.put("GET /api/v1/visits", visitStaff);
        ENDPOINTS.put("POST /api/v1/visits", EnumSet.of(Role.ADVISOR, Role.FOREMAN, Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/visits/{id}", visitStaff);
        ENDPOINTS.put("POST /api/v1/visits/{id}/transitions", visitStaff);
        ENDPOINTS.put("PUT /api/v1/visits/{id}/technician", EnumSet.of(Role.ADVISOR, Role.FOREMAN, Role.MANAGER));
        ENDPOINTS.put("POST /api/v1/visits/{id}/staff-estimate", EnumSet.of(Role.ADVISOR, Role.FOREMAN, Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/visits/{id}/checks", visitStaff);
        ENDPOINTS.put("PUT /api/v1/visits/{id}/checks/{itemCode}", visitStaff);
        ENDPOINTS.put("POST /api/v1/workshop-tests", EnumSet.of(Role.FOREMAN, Role.MANAGER));
        ENDPOINTS.put("POST /api/v1/visits/{id}/survey-invitations", EnumSet.of(Role.ADVISOR, Role.FOREMAN, Role.MANAGER));
        ENDPOINTS.put("POST /api/v1/surveys/{token}", PUBLIC);
        ENDPOINTS.put("GET /api/survey/{token}", PUBLIC);
        ENDPOINTS.put("POST /api/survey/{token}", PUBLIC);
        ENDPOINTS.put("GET /api/approval/{token}", PUBLIC);
        ENDPOINTS.put("POST /api/approval/{token}", PUBLIC);
        ENDPOINTS.put("GET /api/approval/{token}/photos/{photoId}", PUBLIC);
        ENDPOINTS.put("GET /api/v1/reports/comparison", EnumSet.of(Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/reports/comparison.csv", EnumSet.of(Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/reports/comparison.pdf", EnumSet.of(Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/reports/discordant", EnumSet.of(Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/reports/group", EnumSet.of(Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/reports/group.csv", EnumSet.of(Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/reports/group.pdf", EnumSet.of(Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/reports/themes/{theme}/trend", EnumSet.of(Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/reports/themes/{theme}/control-chart", EnumSet.of(Role.MANAGER));
        ENDPOINTS.put("GET /api/v1/improvements", EnumSet.of(Role.MANAGER, Role.FOREMAN));
        ENDPOINTS.put("POST /api/v1/improvements", EnumSet.of(Role.MANAGER, Role.FOREMAN));
        ENDPOINTS.put("GET /api/v1/improvements/{id}", EnumSet.of(Role.MANAGER, Role.FOREMAN));
        ENDPOINTS.put("GET /api/openapi.yml", PUBLIC);
        ENDPOINTS.put("GET /api/prometheus", EnumSet.of(Role.MANAGER, Role.ADMIN));
        ENDPOINTS.put("GET /api/health", PUBLIC);
        ENDPOINTS.put("GET /api/health/{selector}", PUBLIC);
    }

    @Inject Router router;
    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;

    private final Map<Role, String> tokenOf = new EnumMap<>(Role.class);

    @BeforeAll
    void tokens() {
        for (Role role : Role.values()) {
            tokenOf.put(role, tokens.create("matrix " + role, role, Actor.integration("test")).secret());
        }
    }

    @Test
    void every_screen_opens_for_exactly_the_roles_written_down_and_never_without_signing_in() {
        List<String> mismatches = new ArrayList<>();
        Set<String> found = new TreeSet<>();
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages("fi.huoltopolku").scan()) {
            for (Class<?> view : scan.getClassesWithAnnotation(Route.class).loadClasses()) {
                String route = view.getAnnotation(Route.class).value();
                found.add(route);
                assertThat(VIEWS).as("expected access of the screen '%s' (%s)", route, view.getSimpleName())
                        .containsKey(route);
                Set<Role> allowed = VIEWS.get(route);
                AccessAnnotationChecker checker = new AccessAnnotationChecker();
                if (checker.hasAccess(view, null, r -> false) != (allowed == PUBLIC)) {
                    mismatches.add("anonymous → " + route);
                }
                for (Role role : Role.values()) {
                    Principal principal = () -> "someone";
                    boolean opens = checker.hasAccess(view, principal, r -> r.equals(role.name()));
                    if (opens != (allowed == PUBLIC || allowed.contains(role))) {
                        mismatches.add(role + " → " + route + (opens ? " opens" : " refused"));
                    }
                }
            }
        }
        assertThat(found).as("every screen written down is a screen").containsAll(VIEWS.keySet());
        assertThat(mismatches).isEmpty();
    }

    @Test
    void every_service_declares_who_may_call_it() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo()
                .acceptPackages("fi.huoltopolku").scan()) {
            List<String> services = scan.getClassesWithAnnotation(Singleton.class).getNames().stream()
                    .filter(name -> name.endsWith("Service")).toList();
            assertThat(services).hasSizeGreaterThan(15);
            assertThat(services).allSatisfy(name -> assertThat(scan.getClassInfo(name).hasAnnotation(Allowed.class))
                    .as("%s declares @Allowed", name).isTrue());
        }
    }

    @Test
    void every_endpoint_answers_401_without_a_token_403_for_a_wrong_role_and_serves_the_right_ones() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> mismatches = new ArrayList<>();
        Set<String> found = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String key = route.getHttpMethod() + " " + route.getUriMatchTemplate().toPathString();
            if (route.getHttpMethod() == HttpMethod.HEAD || route.getHttpMethod() == HttpMethod.OPTIONS) {
                continue;
            }
            found.add(key);
            assertThat(ENDPOINTS).as("expected access of the endpoint '%s'", key).containsKey(key);
            Set<Role> allowed = ENDPOINTS.get(key);
            String path = route.getUriMatchTemplate().toPathString().replaceAll("\\{[^}]+}", "999999");
            String type = route.getConsumes().isEmpty() ? "application/json" : route.getConsumes().get(0).toString();
            int anonymous = call(http, route.getHttpMethod(), path, type, null);
            if (allowed == PUBLIC ? anonymous == 401 || anonymous == 403 : anonymous != 401) {
                mismatches.add("anonymous " + key + " → " + anonymous);
            }
            for (Role role : Role.values()) {
                int status = call(http, route.getHttpMethod(), path, type, tokenOf.get(role));
                boolean served = status != 401 && status != 403;
                if (served != (allowed == PUBLIC || allowed.contains(role)) || (!served && status != 403)) {
                    mismatches.add(role + " " + key + " → " + status);
                }
            }
        }
        assertThat(ENDPOINTS.keySet()).as("every endpoint written down exists").isSubsetOf(found);
        assertThat(mismatches).isEmpty();
    }

    private int call(HttpClient http, HttpMethod method, String path, String type, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", type)
                .method(method.name(), method == HttpMethod.GET ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(type.contains("json") ? "{}" : "x"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
