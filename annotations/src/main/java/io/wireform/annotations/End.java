package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Constant bytes at the end of every frame (an end marker), not a record component: written on
 * encode, checked on decode.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface End {
    /** {@return the marker as hexadecimal bytes; spaces between bytes are allowed: {@code "CCDD"} or {@code "CC DD"}} */
    String value();
}
