package io.wireform.samples.websocket;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Message;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.When;
import java.util.Optional;

/**
 * The base framing protocol's header, RFC 6455 5.2, field for field:
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-------+-+-------------+-------------------------------+
 * |F|R|R|R| opcode|M| Payload len |    Extended payload length    |
 * |I|S|S|S|  (4)  |A|     (7)     |             (16/64)           |
 * |N|V|V|V|       |S|             |   (if payload len==126/127)   |
 * | |1|2|3|       |K|             |                               |
 * +-+-+-+-+-------+-+-------------+ - - - - - - - - - - - - - - - +
 * |     Extended payload length continued, if payload len == 127  |
 * + - - - - - - - - - - - - - - - +-------------------------------+
 * |                               |Masking-key, if MASK set to 1  |
 * +-------------------------------+-------------------------------+
 * | Masking-key (continued)       |          Payload Data         |
 * +-------------------------------- - - - - - - - - - - - - - - - +
 * </pre>
 *
 * The payload data is not a component: its length is either the 7-bit length or the extended one,
 * and a byte string sized by "whichever of these applies" is no construct Wireform has (see
 * {@link Frame}, which carries it).
 */
@Message
public record FrameHeader(@Bits(1) boolean fin,
                          @Bits(1) boolean rsv1,
                          @Bits(1) boolean rsv2,
                          @Bits(1) boolean rsv3,
                          @Bits(4) int opcode,
                          @Bits(1) boolean mask,
                          @Bits(7) int payloadLen,
                          @SelectedBy("payloadLen") ExtendedPayloadLength extendedPayloadLength,
                          @When("mask") Optional<Integer> maskingKey) {

    /** A header for a payload of {@code length} bytes, in "the minimal number of bytes" (RFC 6455 5.2). */
    public static FrameHeader of(boolean fin, int opcode, Optional<Integer> maskingKey, long length) {
        if (length < 0) {
            throw new IllegalArgumentException("a payload length is 0 or more, got " + length);
        }
        int len7 = length <= 125 ? (int) length : length <= 0xFFFF ? 126 : 127;
        ExtendedPayloadLength extended = len7 < 126 ? new ExtendedPayloadLength.None()
                : len7 == 126 ? new ExtendedPayloadLength.Length16((int) length)
                : new ExtendedPayloadLength.Length64(length);
        return new FrameHeader(fin, false, false, false, opcode, maskingKey.isPresent(), len7, extended, maskingKey);
    }

    /** The payload's length: the 7-bit length, or the extended length it chose. */
    public long payloadLength() {
        if (extendedPayloadLength instanceof ExtendedPayloadLength.Length16 length16) {
            return length16.length();
        }
        if (extendedPayloadLength instanceof ExtendedPayloadLength.Length64 length64) {
            return length64.length();
        }
        return payloadLen;
    }
}
