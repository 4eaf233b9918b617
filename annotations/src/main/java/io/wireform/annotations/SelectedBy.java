package io.wireform.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of a {@link Protocol#selected() selected} protocol type whose record is chosen by the
 * value of an earlier component, as Kaitai's {@code switch-on} does: a DNS record's TYPE chooses its
 * RDATA, a TLS extension's type its body, a WebSocket frame's 7-bit length whether a 16- or 64-bit
 * length follows. The earlier component is an integer, a {@code @Bits} member, a {@code boolean} (0 or
 * 1) or a {@link WireEnum} (its code); each record's {@link Tag} names the values that choose it, and
 * a {@link Fallback} record takes every other value. Nothing is written for the choice itself: encode
 * checks that the earlier component's value chooses the record given. Inside a {@link Length} region,
 * the record must fill the region exactly.
 *
 * <pre>{@code
 * @Protocol(selected = true)
 * sealed interface ExtendedLength permits Short7, Long16, Long64 {}
 * @Tag(value = 0, to = 125) record Short7() implements ExtendedLength {}
 * @Tag(126) record Long16(@UInt16 int length) implements ExtendedLength {}
 * @Tag(127) record Long64(long length) implements ExtendedLength {}
 *
 * record Frame(@Bits(1) boolean masked, @Bits(7) int length7, @SelectedBy("length7") ExtendedLength extended) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface SelectedBy {
    /** {@return the name of an earlier component, or a path into an earlier nested record ({@code "header.type"})} */
    String value();
}
