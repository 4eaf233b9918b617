package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A signed two's-complement integer of 1 to 8 bytes, for widths Java has no type for
 * ({@code @Int(3) int} is a 24-bit integer). The Java type must be wide enough: {@code byte} for 1,
 * {@code short} for up to 2, {@code int} for up to 4, {@code long} for up to 8. Encoding a value that
 * does not fit the width is an error, never a silent cut.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Int {
    /** {@return the width on the wire in bytes, 1 to 8} */
    int value();
}
