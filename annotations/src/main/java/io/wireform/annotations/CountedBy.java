package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code List} whose element count is the value of an earlier integer component, named here.
 * Encode checks that the two agree. As for {@link SizedBy}, the name may be a dotted path into an
 * earlier nested record ({@code @CountedBy("header.qdcount")}), or several alternatives.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface CountedBy {
    /** {@return the name of (or a path to) an earlier integer component, or alternatives, the first that applies} */
    String[] value();
}
