package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An unsigned integer of 1 to 8 bytes. The Java type must hold every value of the width, so it
 * widens: {@code short} or wider for 1 byte, {@code int} or wider for 2 and 3, {@code long} for 4 to 7.
 * An 8-byte unsigned value is carried in a {@code long} as its raw 64 bits (read it with
 * {@link Long#toUnsignedString(long)} or {@link Long#compareUnsigned(long, long)}). Encoding a negative
 * value or one too large for the width is an error.
 *
 * @see UInt8
 * @see UInt16
 * @see UInt32
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface UInt {
    /** {@return the width on the wire in bytes, 1 to 8} */
    int value();
}
