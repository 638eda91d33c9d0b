package fi.huoltopolku.infra;

import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.util.Objects;
import org.slf4j.MDC;

/** In tests only: what a log line written by an API controller would carry as its request id. */
@Requires(env = "test")
@Controller("/api/v1/test-request-id")
@Allowed(Role.MANAGER)
class RequestIdProbe {

    @Get(produces = "text/plain")
    String current() {
        return Objects.requireNonNullElse(MDC.get(RequestIds.MDC_KEY), "none");
    }
}
