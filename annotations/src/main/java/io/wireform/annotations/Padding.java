package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Reserved bytes around a field, like Python {@code struct}'s {@code 'x'}: written as {@link #fill()}
 * on encode and skipped unchecked on decode, so a peer may put anything there.
 *
 * <pre>{@code record Header(byte kind, @Padding(before = 3) int length) {}  // 'b3xi'}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Padding {
    /** {@return the number of reserved bytes before the field} */
    int before() default 0;

    /** {@return the number of reserved bytes after the field} */
    int after() default 0;

    /** {@return the byte written into reserved bytes, 0 to 255} */
    int fill() default 0;
}
