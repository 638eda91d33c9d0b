package fi.huoltopolku.base;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A refused API request answers 400 (404, 409) with a JSON body naming the field and the problem. */
@Produces
@Singleton
@Requires(classes = {Problem.class, ExceptionHandler.class})
public class ProblemHandler implements ExceptionHandler<Problem, HttpResponse<ProblemHandler.Body>> {

    /**
     * The error body of the API: the kind, the (first) field and the message; {@code problems}
     * names each field's problem when a request had several (a booking without work and without
     * a plate).
     */
    @Serdeable
    public record Body(String error, @Nullable String field, String message,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Nullable List<FieldProblem> problems) {

        public Body(String error, @Nullable String field, String message) {
            this(error, field, message, null);
        }
    }

    /** One field's problem in a request with several. */
    @Serdeable
    public record FieldProblem(@Nullable String field, String message) {
    }

    private final Messages messages;

    ProblemHandler(Messages messages) {
        this.messages = messages;
    }

    @Override
    public HttpResponse<Body> handle(HttpRequest request, Problem problem) {
        HttpStatus status = switch (problem.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        return HttpResponse.<Body>status(status)
                .headers(h -> {
                    if (status == HttpStatus.UNAUTHORIZED) {
                        h.add("WWW-Authenticate", "Bearer realm=\"huoltopolku\"");
                    }
                })
                .body(body(problem, ApiErrors.language(request)));
    }

    private Body body(Problem problem, Locale locale) {
        List<FieldProblem> each = problem.problems().size() < 2 ? null : problem.problems().stream()
                .map(p -> new FieldProblem(p.field(), messages.text(p, locale))).toList();
        return new Body(problem.kind().name(), problem.field(), messages.text(problem, locale), each);
    }
}
