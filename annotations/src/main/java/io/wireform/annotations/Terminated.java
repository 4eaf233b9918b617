package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code byte[]}, {@code String} or {@code List} that ends at a delimiter, NUL unless stated. The
 * delimiter is written after the value and is not part of it; a value that contains the delimiter
 * cannot be encoded. Decode fails if no delimiter arrives within the field's limit.
 *
 * <p>A list ends where the bytes before its next element are the delimiter, which decode consumes; an
 * element whose encoding starts with the delimiter cannot be encoded.
 *
 * <pre>{@code
 * record Line(@Terminated("0D 0A") String text) {}
 * record DomainName(@Terminated List<Label> labels) {}   // labels ended by the zero-length label
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Terminated {
    /** {@return the delimiter, as hex bytes: {@code "00"}, {@code "0D 0A"}} */
    String value() default "00";
}
