package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An {@code int} or {@code long} written as a variable-length integer of the given kind. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Varint {
    /** {@return the encoding; unsigned LEB128 unless stated} */
    VarintKind value() default VarintKind.LEB128;
}
