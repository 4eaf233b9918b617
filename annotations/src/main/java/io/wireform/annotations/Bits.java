package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bit field: consecutive {@code @Bits} components are packed into one group of whole bytes (1 to
 * 8), read as one unsigned big-endian number unless the message is little-endian, and split in the
 * message's {@link Message#bitOrder()}. A component may be a {@code boolean} (1 bit), an integer
 * type (unsigned, must fit), or a {@link WireEnum} whose codes fit the width. The group's widths
 * must add up to a multiple of 8.
 *
 * <pre>{@code record Flags(@Bits(1) boolean urgent, @Bits(3) int priority, @Bits(4) int channel) {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Bits {
    /** {@return the width in bits, 1 to 64} */
    int value();
}
