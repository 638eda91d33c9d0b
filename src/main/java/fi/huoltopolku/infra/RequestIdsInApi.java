package fi.huoltopolku.infra;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.filter.HttpServerFilter;
import io.micronaut.http.filter.ServerFilterChain;
import io.micronaut.servlet.http.ServletHttpRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * The request's id ({@link RequestIds}) in the log lines the API writes: its controllers answer on
 * Micronaut's threads, not the servlet's, so the id goes along in Micronaut's propagated context.
 */
@Filter("/api/**")
final class RequestIdsInApi implements HttpServerFilter {

    @Override
    public Publisher<MutableHttpResponse<?>> doFilter(HttpRequest<?> request, ServerFilterChain chain) {
        Object id = request instanceof ServletHttpRequest<?, ?> servlet
                && servlet.getNativeRequest() instanceof HttpServletRequest http ? http.getAttribute(RequestIds.MDC_KEY) : null;
        if (!(id instanceof String value)) {
            return chain.proceed(request);
        }
        try (PropagatedContext.Scope ignored = PropagatedContext.getOrEmpty()
                .plus(new MdcPropagationContext(Map.of(RequestIds.MDC_KEY, value))).propagate()) {
            return chain.proceed(request);
        }
    }
}
