package fi.huoltopolku.security;

import fi.huoltopolku.people.Actor;
import fi.huoltopolku.people.Role;
import fi.huoltopolku.theme.ThemeService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
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
 * Site A's tokens (a token of each role) asking the REST API for site B's data: by id (the answer
 * equals the one for an id that does not exist: nothing tells that B's exists), by list (nothing of
 * B's in the answer) and by report filter ({@code site=} B is a 400 naming it). A group token sees
 * both. Every endpoint the router knows must be written down below, so a new one fails here until
 * its kind is said.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteAccessMatrixTest {

    /** How an endpoint reaches a site's data. */
    enum Kind {
        /** A visit by {id}. */
        VISIT_BY_ID,
        /** An improvement action by {id}. */
        ACTION_BY_ID,
        /** A list of the caller's sites' things. */
        LIST,
        /** A report (figures of the caller's sites; site= narrows). */
        REPORT,
        /** Creates something at the caller's own site (nothing of another site to read). */
        CREATES,
        /** No site's data: public links (the token is the access), health, metrics, the description. */
        NO_SITE_DATA
    }

    private static final Map<String, Kind> ENDPOINTS = new TreeMap<>();

    static {
        ENDPOINTS.put("GET /api/v1/test-request-id", Kind.NO_SITE_DATA);
        ENDPOINTS.put("GET /api/v1/sites", Kind.LIST);
        ENDPOINTS.put("GET /api/v1/visits", Kind.LIST);
        ENDPOINTS.put("POST /api/v1/visits", Kind.CREATES);
        ENDPOINTS.put("GET /api/v1/visits/{id}", Kind.VISIT_BY_ID);
        ENDPOINTS.put("POST /api/v1/visits/{id}/transitions", Kind.VISIT_BY_ID);
        ENDPOINTS.put("PUT /api/v1/visits/{id}/technician", Kind.VISIT_BY_ID);
        ENDPOINTS.put("POST /api/v1/visits/{id}/staff-estimate", Kind.VISIT_BY_ID);
        ENDPOINTS.put("GET /api/v1/visits/{id}/checks", Kind.VISIT_BY_ID);
        ENDPOINTS.put("PUT /api/v1/visits/{id}/checks/{itemCode}", Kind.VISIT_BY_ID);
        ENDPOINTS.put("POST /api/v1/visits/{id}/survey-invitations", Kind.VISIT_BY_ID);
        ENDPOINTS.put("POST /api/v1/workshop-tests", Kind.CREATES);
        ENDPOINTS.put("POST /api/v1/surveys/{token}", Kind.NO_SITE_DATA);
        ENDPOINTS.put("GET /api/survey/{token}", Kind.NO_SITE_DATA);
        ENDPOINTS.put("POST /api/survey/{token}", Kind.NO_SITE_DATA);
        ENDPOINTS.put("GET /api/approval/{token}", Kind.NO_SITE_DATA);
        ENDPOINTS.put("POST /api/approval/{token}", Kind.NO_SITE_DATA);
        ENDPOINTS.put("GET /api/approval/{token}/photos/{photoId}", Kind.NO_SITE_DATA);
        ENDPOINTS.put("GET /api/v1/reports/comparison", Kind.REPORT);
        ENDPOINTS.put("GET /api/v1/reports/comparison.csv", Kind.REPORT);
        ENDPOINTS.put("GET /api/v1/reports/comparison.pdf", Kind.REPORT);
        ENDPOINTS.put("GET /api/v1/reports/discordant", Kind.REPORT);
        ENDPOINTS.put("GET /api/v1/reports/group", Kind.REPORT);
        ENDPOINTS.put("GET /api/v1/reports/group.csv", Kind.REPORT);
        ENDPOINTS.put("GET /api/v1/reports/group.pdf", Kind.REPORT);
        ENDPOINTS.put("GET /api/v1/reports/themes/{theme}/trend", Kind.REPORT);
        ENDPOINTS.put("GET /api/v1/reports/themes/{theme}/control-chart", Kind.REPORT);
        ENDPOINTS.put("GET /api/v1/improvements", Kind.LIST);
        ENDPOINTS.put("POST /api/v1/improvements", Kind.CREATES);
        ENDPOINTS.put("GET /api/v1/improvements/{id}", Kind.ACTION_BY_ID);
        ENDPOINTS.put("GET /api/openapi.yml", Kind.NO_SITE_DATA);
        ENDPOINTS.put("GET /api/prometheus", Kind.NO_SITE_DATA);
        ENDPOINTS.put("GET /api/health", Kind.NO_SITE_DATA);
        ENDPOINTS.put("GET /api/health/{selector}", Kind.NO_SITE_DATA);
    }

    private static final Set<Role> STAFF = Set.of(Role.ADVISOR, Role.TECHNICIAN, Role.FOREMAN, Role.MANAGER);
    private static final String PERIOD = "from=2026-01-01&to=2027-12-31";

    @Inject Router router;
    @Inject EmbeddedServer server;
    @Inject ApiTokenService tokens;
    @Inject ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<Role, String> tokenAtA = new EnumMap<>(Role.class);
    private String tokenAtB;
    private String groupToken;
    private TwoSites group;
    private String theme;

    @BeforeAll
    void twoSites() {
        group = new TwoSites(context);
        Actor admin = Actor.integration("test");
        for (Role role : STAFF) {
            tokenAtA.put(role, tokens.create("site A " + role, role, group.siteA, admin).secret());
        }
        tokenAtB = tokens.create("site B manager", Role.MANAGER, group.siteB, admin).secret();
        groupToken = tokens.create("group manager", Role.MANAGER, null, admin).secret();
        theme = context.getBean(ThemeService.class).active().get(0).code();
    }

    private List<UriRouteInfo<?, ?>> routes() {
        return router.uriRoutes().filter(r -> r.getHttpMethod() != HttpMethod.HEAD
                && r.getHttpMethod() != HttpMethod.OPTIONS).toList();
    }

    private static String key(UriRouteInfo<?, ?> route) {
        return route.getHttpMethod() + " " + route.getUriMatchTemplate().toPathString();
    }

    @Test
    void every_endpoint_is_written_down_with_how_it_reaches_a_sites_data() {
        Set<String> found = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : routes()) {
            found.add(key(route));
        }
        assertThat(ENDPOINTS.keySet()).as("every endpoint written down exists").isSubsetOf(found);
        assertThat(found).as("every endpoint has its kind written down here").isSubsetOf(ENDPOINTS.keySet());
    }

    @Test
    void a_token_of_site_a_gets_nothing_of_site_b_by_id_by_list_or_by_report_filter() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (UriRouteInfo<?, ?> route : routes()) {
            Kind kind = ENDPOINTS.get(key(route));
            if (kind == null || kind == Kind.CREATES || kind == Kind.NO_SITE_DATA) {
                continue;
            }
            String template = route.getUriMatchTemplate().toPathString().replace("{theme}", theme)
                    .replace("{itemCode}", "X");
            for (Role role : STAFF) {
                String token = tokenAtA.get(role);
                switch (kind) {
                    case VISIT_BY_ID, ACTION_BY_ID -> {
                        long idOfB = kind == Kind.VISIT_BY_ID ? group.visitB : group.actionB;
                        Answer ofB = call(route.getHttpMethod(), template.replace("{id}", "" + idOfB), token);
                        Answer ofNone = call(route.getHttpMethod(), template.replace("{id}", "999999"), token);
                        if (ofB.status() != ofNone.status() || TwoSites.showsB(ofB.body())) {
                            leaks.add(role + " " + key(route) + " → " + ofB.status() + " (no such id: "
                                    + ofNone.status() + ")");
                        }
                    }
                    case LIST -> {
                        Answer list = call(route.getHttpMethod(), template, token);
                        if (TwoSites.showsB(list.body()) || list.body().contains(TwoSites.B_CODE)) {
                            leaks.add(role + " " + key(route) + " shows site B's data");
                        }
                    }
                    case REPORT -> {
                        Answer filtered = call(route.getHttpMethod(), template + "?theme=" + theme + "&" + PERIOD
                                + "&site=" + TwoSites.B_CODE, token);
                        if (filtered.status() != 403 && (filtered.status() != 400
                                || !filtered.body().contains(TwoSites.B_CODE))) {
                            leaks.add(role + " " + key(route) + " site=B → " + filtered.status());
                        }
                    }
                    default -> throw new IllegalStateException(kind.name());
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void site_as_report_shows_site_as_figures_only_and_the_group_sees_both() throws Exception {
        String report = "/api/v1/reports/comparison?" + PERIOD;
        // Site B's one answer (overall 2) is in the group's figures and in B's, never in A's.
        assertThat(call(HttpMethod.GET, report, tokenAtA.get(Role.MANAGER)).body()).contains("\"overallN\":0");
        assertThat(call(HttpMethod.GET, report, groupToken).body()).contains("\"overallN\":1");
        assertThat(call(HttpMethod.GET, report + "&site=main", groupToken).body()).contains("\"overallN\":0");
        assertThat(call(HttpMethod.GET, report + "&site=" + TwoSites.B_CODE, groupToken).body())
                .contains("\"overallN\":1");
        assertThat(call(HttpMethod.GET, report, tokenAtB).body()).contains("\"overallN\":1");
        // The group narrows to a site it has; a site nobody has is the same 400.
        Answer unknown = call(HttpMethod.GET, report + "&site=nowhere", groupToken);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("nowhere");
    }

    @Test
    void the_group_token_sees_site_bs_visit_action_and_lists_and_site_b_sees_none_of_as() throws Exception {
        assertThat(call(HttpMethod.GET, "/api/v1/visits/" + group.visitB, groupToken).body()).contains(TwoSites.B_WORK);
        assertThat(call(HttpMethod.GET, "/api/v1/visits?size=200", groupToken).body()).contains(TwoSites.B_WORK);
        assertThat(call(HttpMethod.GET, "/api/v1/improvements/" + group.actionB, groupToken).body())
                .contains(TwoSites.B_ACTION);
        assertThat(call(HttpMethod.GET, "/api/v1/sites", groupToken).body()).contains(TwoSites.B_CODE).contains("main");
        assertThat(call(HttpMethod.GET, "/api/v1/visits/" + group.visitB, tokenAtB).body()).contains(TwoSites.B_WORK);
        String sitesOfB = call(HttpMethod.GET, "/api/v1/sites", tokenAtB).body();
        assertThat(sitesOfB).contains(TwoSites.B_CODE).doesNotContain("\"main\"");
        assertThat(call(HttpMethod.GET, "/api/v1/visits?size=200&site=main", tokenAtB).status()).isEqualTo(400);
        assertThat(call(HttpMethod.GET, "/api/v1/visits?size=200&site=" + group.siteB, tokenAtA.get(Role.ADVISOR))
                .status()).isEqualTo(400);
    }

    private record Answer(int status, String body) {
    }

    private Answer call(HttpMethod method, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method.name(), method == HttpMethod.GET ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{\"version\": 0}"))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }
}
