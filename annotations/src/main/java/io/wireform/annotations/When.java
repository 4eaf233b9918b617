package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an {@code Optional<T>} component present on the wire only when an earlier component says
 * so: a {@code boolean} that is true, an integer whose {@link #bit()} is set, an integer equal to one
 * of {@link #anyOf()}, or an integer from {@link #min()} to {@link #max()}; {@link #not()} turns the
 * condition round. On decode an absent field is {@code Optional.empty()}; on encode the Optional must
 * be present exactly when the condition holds, else it is an error.
 *
 * <pre>{@code
 * record Packet(@Bits(1) boolean hasCrc, @Bits(7) int kind, @When("hasCrc") Optional<Integer> crc) {}
 * record Chunk(@UInt8 int length, @When(value = "length", min = 1) @Fixed(4) Optional<byte[]> id) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface When {
    /** {@return the name of an earlier {@code boolean} or integer component, or a dotted path to one in an earlier nested record} */
    String value();

    /** {@return for an integer, the bit (0 = least significant) that must be set; -1 when not used} */
    int bit() default -1;

    /** {@return for an integer, the values for which the field is present; empty when not used} */
    long[] anyOf() default {};

    /** {@return for an integer, the least value for which the field is present} With {@link #max()}, a range. */
    long min() default Long.MIN_VALUE;

    /** {@return for an integer, the greatest value for which the field is present} With {@link #min()}, a range. */
    long max() default Long.MAX_VALUE;

    /** {@return whether the field is present when the condition does not hold} The boolean false, the bit clear, ... */
    boolean not() default false;
}
