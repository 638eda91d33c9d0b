package fi.huoltopolku.security;

import fi.huoltopolku.base.Problem;
import fi.huoltopolku.people.Allowed;
import fi.huoltopolku.people.Role;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.AnnotationMetadataProvider;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link Allowed} against the {@link Callers#current() caller} when a screen, an endpoint or
 * a listener calls in; what that method then calls on other services is part of the allowed work
 * and is not checked again (the survey a customer submits files a feedback case).
 */
@Singleton
@InterceptorBean(Allowed.class)
class AllowedInterceptor implements MethodInterceptor<Object, Object> {

    private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

    @Override
    public @Nullable Object intercept(MethodInvocationContext<Object, Object> context) {
        int depth = DEPTH.get();
        if (depth == 0) {
            check(context);
        }
        DEPTH.set(depth + 1);
        try {
            return context.proceed();
        } finally {
            DEPTH.set(depth);
        }
    }

    /** Refuses the current caller unless the declaration (of a method or route) lets them in. */
    static void check(AnnotationMetadata context) {
        Optional<Caller> caller = Callers.current();
        if (caller.isPresent() && !context.booleanValue(Allowed.class, "anonymous").orElse(false)) {
            // The method's own roles win over its class's (the hierarchy would merge them); a method
            // without roles of its own carries its class's binding only, and takes the class's roles.
            AnnotationMetadata metadata =
                    context instanceof AnnotationMetadataProvider provider
                            ? provider.getAnnotationMetadata() : context;
            Role[] own = metadata.getDeclaredMetadata().enumValues(Allowed.class, Role.class);
            Set<Role> allowed = EnumSet.noneOf(Role.class);
            allowed.addAll(Arrays.asList(own.length > 0 ? own : context.enumValues(Allowed.class, Role.class)));
            if (caller.get().anonymous()) {
                throw Problem.unauthenticated();
            }
            if (!caller.get().hasAnyOf(allowed)) {
                throw Problem.forbidden();
            }
        }
    }
}
