package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component whose value the protocol fixes: a version byte, the flags MQTT requires in a fixed
 * header, reserved bits that must be zero. Decoding checks that the wire carries {@link #value()}
 * (a {@code WireDecodeException} naming the field otherwise); encoding checks that the record holds
 * it. On an integer, a {@code @Bits} member (a {@code boolean} is 0 or 1) or a {@code @WireEnum}
 * (its code).
 *
 * <pre>{@code @Tag(8) record Subscribe(@Bits(4) @Const(0b0010) int flags, ...) implements MqttPacket {}}</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Const {
    /** {@return the value on the wire: for a {@code boolean} 0 or 1, for an enum its code} */
    long value();
}
