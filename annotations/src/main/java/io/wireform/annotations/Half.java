package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code float} written as an IEEE 754 half-precision number (binary16, two bytes), like Python
 * {@code struct}'s {@code 'e'}. Encoding rounds to the nearest half (ties to even), as {@code struct}
 * does; a finite value that rounds beyond the largest half (65,504) is an encode error rather than
 * infinity (65,519.99 still rounds to 65,504).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Half {}
