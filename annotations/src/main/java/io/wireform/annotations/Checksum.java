package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A derived checksum, not a record component: written after the last component and before any
 * {@link End} marker, computed over the frame from the start of {@link #from()} (from the frame's
 * first byte, magic included, when empty) to just before the checksum. Verified on decode; a mismatch
 * is an error showing the expected and actual values.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Checksum {
    /** {@return the algorithm, which also fixes the checksum's width} */
    ChecksumType value();

    /** {@return the first component covered; empty to start at the frame's first byte} */
    String from() default "";

    /** {@return the byte order of a multi-byte checksum; empty for the message's byte order} */
    Endian[] order() default {};
}
