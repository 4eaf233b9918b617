package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values an integer component may take, {@link #from()} to {@link #to()} inclusive: the
 * generalisation of {@link Const}, for a protocol that allows some values of a field's width and
 * forbids the others. Decoding checks the value read (a {@code WireDecodeException} naming the field,
 * with the range and the value found); encoding checks that the record holds such a value (a
 * {@code WireEncodeException} naming the field). On an integer (fixed width or varint) or an
 * integer {@code @Bits} member; not with {@code @Const}.
 *
 * <p>Values are compared as the component's Java value, in {@code long} arithmetic: an unsigned
 * 64-bit value with its top bit set is a negative {@code long}, so it is outside every range with
 * {@code from >= 0}.
 *
 * <pre>{@code @Tag(126) record Length16(@UInt16 @Range(from = 126, to = 0xFFFF) int length) implements ExtendedPayloadLength {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Range {
    /** {@return the least value allowed} */
    long from();

    /** {@return the greatest value allowed} */
    long to();
}
