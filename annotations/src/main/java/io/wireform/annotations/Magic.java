package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Constant bytes at the start of every frame, not a record component: written on encode, checked
 * on decode (a mismatch is an error at the first differing byte).
 *
 * <pre>{@code @Magic("FD AA") @End("CC DD") @Message record Realtime(@Fixed(150) byte[] data) {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Magic {
    /** {@return the marker as hexadecimal bytes; spaces between bytes are allowed: {@code "FDAA"} or {@code "FD AA"}} */
    String value();
}
