package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A derived length, not a record component: written right before the annotated component, it counts
 * the bytes from the annotated component to the end of the component named by {@link #through()}
 * (to the end of the frame, before any checksum and end marker, when empty). Encode computes it;
 * decode checks it, bounds the region with it, and checks it against the limits first.
 *
 * <pre>{@code
 * // Modbus TCP MBAP: the length counts the unit id and the PDU that follow it.
 * record Adu(@UInt16 int transactionId, @UInt16 int protocolId,
 *            @Length(Width.UINT16) @UInt8 int unitId, @Remaining byte[] pdu) {}
 * // PostgreSQL: the length counts itself too.
 * record Query(byte type, @Length(value = Width.UINT32, includeSelf = true) @Terminated String sql) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Length {
    /** {@return how the length is written: a fixed width in the field's byte order, or a varint} */
    Width value();

    /** {@return the last component counted; empty for the rest of the frame} */
    String through() default "";

    /** {@return whether the length counts its own bytes too} */
    boolean includeSelf() default false;

    /** {@return a number added to the counted bytes when encoding, subtracted when decoding} */
    int adjust() default 0;
}
