package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code byte[]} or {@code String} that always takes exactly {@link #value()} bytes, like Python
 * {@code struct}'s {@code '10s'}.
 *
 * <ul>
 *   <li>Encode: a shorter value is followed by {@link #pad()} bytes up to the size; a longer one is an
 *       error (never cut). A {@code String} is measured in encoded bytes, not characters.
 *   <li>Decode, {@code byte[]}: all {@code value()} bytes, pad bytes included, as Python does.
 *   <li>Decode, {@code String}: trailing pad bytes are removed, then the rest is decoded with the
 *       field's {@link Charset} (UTF-8 unless stated). Pad bytes inside the text are kept.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Fixed {
    /** {@return the size on the wire in bytes, at least 1} */
    int value();

    /** {@return the byte that fills the unused tail, 0 to 255} */
    int pad() default 0;
}
