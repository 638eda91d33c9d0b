package fi.huoltopolku.people;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call the public methods of a service or controller (on the class), or one method (on the
 * method, which then wins). A caller without one of the roles is refused: 403, or 401 when nobody
 * is signed in. {@code anonymous = true} opens a method to everyone (the customer's survey).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface Allowed {

    Role[] value() default {};

    boolean anonymous() default false;
}
