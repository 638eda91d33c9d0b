package fi.huoltopolku.base;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the API answers by itself (a query value that does not convert, a body that is not
 * JSON, a missing argument, an unknown route, a failure of ours) in the documented shape
 * {@code {"error", "field", "message"}}, in the caller's language (Accept-Language), never with
 * the text of the exception: that can name internal types, SQL or values. Failures of ours are
 * logged here with their cause.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ApiErrors implements ErrorResponseProcessor<ProblemHandler.Body> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final Messages messages;

    ApiErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public MutableHttpResponse<ProblemHandler.Body> processResponse(ErrorContext context,
            MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        if (status.getCode() >= 500) {
            LOG.error("{} {} failed", context.getRequest().getMethod(), context.getRequest().getPath(),
                    context.getRootCause().orElse(null));
        }
        String field = context.getErrors().stream().map(Error::getPath).flatMap(Optional::stream)
                .map(ApiErrors::lastSegment).filter(p -> !p.isBlank()).findFirst().orElse(null);
        Locale locale = language(context.getRequest());
        String error = kind(status.getCode());
        String message = messages.getTranslation("apiError." + error, locale);
        if (field != null) {
            message = field + ": " + message;
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ProblemHandler.Body(error, field, message));
    }

    /** The caller's language: Finnish when Accept-Language prefers it, else English. */
    public static Locale language(HttpRequest<?> request) {
        String accept = request.getHeaders().get("Accept-Language");
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("fi") ? Messages.FINNISH
                : Locale.ENGLISH;
    }

    /** The documented error kind of an HTTP status (the container's own answers use it too). */
    public static String kind(int status) {
        return switch (status) {
            case 400, 422 -> "INVALID";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 410 -> "GONE";
            case 411 -> "LENGTH_REQUIRED";
            case 413, 414, 431 -> "TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "TOO_MANY_REQUESTS";
            default -> status >= 500 ? "INTERNAL" : "INVALID";
        };
    }

    /** "report.visitType" or "/visitType" names the field "visitType"; only plain names pass. */
    private static String lastSegment(@Nullable String path) {
        if (path == null) {
            return "";
        }
        String[] parts = path.split("[./]");
        String last = parts.length == 0 ? "" : parts[parts.length - 1];
        return last.matches("[A-Za-z][A-Za-z0-9_]{0,40}") ? last : "";
    }
}
