package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code byte[]}, {@code String} or {@code List} whose length (in bytes) or element count (for a
 * list) is written right before it, as an unsigned number of the given {@link Width}, in the field's
 * byte order. Encode computes it; decode checks it against the limits before allocating.
 *
 * <pre>{@code record Hello(@Prefixed(Width.UINT8) String name) {}  // "ab" -> 02 61 62}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Prefixed {
    /** {@return how the length or count is written} */
    Width value();
}
