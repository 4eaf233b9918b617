package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tag of one record of a {@link Protocol}: unique in the protocol, fitting its tag width. In a
 * protocol whose records are chosen by a component ({@link Protocol#selected()}), the value or the
 * range of values of that component that chooses the record: {@code @Tag(value = 0, to = 125)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Tag {
    /** {@return the tag, unsigned, or the first value of a range} */
    long value();

    /** {@return the last value of a range (only where a component chooses the record); -1 for the value alone} */
    long to() default -1;
}
