package fi.huoltopolku.infra;

import fi.huoltopolku.people.Allowed;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Serves the OpenAPI description that the build generates from the controllers. */
@Allowed(anonymous = true)
@Controller("/api")
@Hidden
class OpenApiController {

    static final String LOCATION = "META-INF/swagger/huoltopolku-v1.yml";

    private final String description;

    OpenApiController() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(LOCATION)) {
            description = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    HttpResponse<String> openApi() {
        return description.isEmpty() ? HttpResponse.notFound() : HttpResponse.ok(description);
    }
}
