package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most bytes a {@code byte[]}, {@code String} or {@code Payload}, or the most elements a
 * {@code List}, may have. A longer one announced on the wire is a {@code FrameTooLargeException}
 * before anything is allocated for it (a delimiter is looked for no further); encoding one is an
 * error. For a value whose size the frame says anyway ({@code @Fixed}, {@code @Count}) it has no use.
 *
 * <pre>{@code record Hello(@Max(64) @Prefixed(Width.UINT32) String name) {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Max {
    /** {@return the most bytes or elements, at least 0} */
    long value();
}
