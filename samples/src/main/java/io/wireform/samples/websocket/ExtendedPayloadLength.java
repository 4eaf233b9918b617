package io.wireform.samples.websocket;

import io.wireform.annotations.Protocol;
import io.wireform.annotations.Range;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt;
import io.wireform.annotations.UInt16;

/**
 * RFC 6455 5.2, "Payload length: 7 bits, 7+16 bits, or 7+64 bits": what follows the 7-bit length,
 * chosen by it. 0 to 125 is the length itself and nothing follows; 126 says a 16-bit length follows,
 * 127 a 64-bit one (whose most significant bit must be 0). "The minimal number of bytes MUST be used to
 * encode the length": a 16-bit length is 126 or more, a 64-bit one more than 0xFFFF. Each {@code @Range}
 * says so, and decode refuses a frame that breaks it (a 64-bit length with its top bit set is a negative
 * {@code long}, outside the range too).
 */
@Protocol(selected = true)
public sealed interface ExtendedPayloadLength {

    /** The 7-bit length is the payload length. */
    @Tag(value = 0, to = 125)
    record None() implements ExtendedPayloadLength {}

    /** 126: "the following 2 bytes interpreted as a 16-bit unsigned integer are the payload length". */
    @Tag(126)
    record Length16(@UInt16 @Range(from = 126, to = 0xFFFF) int length) implements ExtendedPayloadLength {}

    /** 127: "the following 8 bytes interpreted as a 64-bit unsigned integer (the most significant bit MUST be 0)". */
    @Tag(127)
    record Length64(@UInt(8) @Range(from = 0x10000, to = Long.MAX_VALUE) long length) implements ExtendedPayloadLength {}
}
