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

    /**
     * {@return whether the prefix can say NULL} NULL is its all-ones value ({@code FFFFFFFF} for {@link Width#UINT32},
     * the signed -1 of PostgreSQL's column lengths), or {@code FB} for {@link Width#LENENC} (MariaDB's
     * NULL column), with no bytes after it. The component is then an {@code Optional<byte[]>} or
     * {@code Optional<String>} without {@link When}: {@code Optional.empty()} is the marker; the longest
     * value is one below the marker.
     *
     * <pre>{@code record Column(@Prefixed(value = Width.UINT32, nullable = true) Optional<byte[]> value) {}
     * // Optional.empty() -> ff ff ff ff, Optional.of({0x2a}) -> 00 00 00 01 2a}</pre>
     */
    boolean nullable() default false;
}
