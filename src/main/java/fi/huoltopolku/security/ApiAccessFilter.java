package fi.huoltopolku.security;

import fi.huoltopolku.people.Allowed;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;

/**
 * Checks an endpoint's {@link Allowed} before anything else about the request: without a valid
 * token the answer is 401, with a token of another role 403, whatever the request carried (a
 * missing parameter or a wrong content type is nobody's business before that).
 */
@ServerFilter("/api/**")
class ApiAccessFilter {

    @RequestFilter
    void check(HttpRequest<?> request) {
        RouteMatch<?> route = RouteAttributes.getRouteMatch(request).orElse(null);
        if (route != null && route.getRouteInfo().getAnnotationMetadata().hasAnnotation(Allowed.class)) {
            AllowedInterceptor.check(route.getRouteInfo().getAnnotationMetadata());
        }
    }
}
