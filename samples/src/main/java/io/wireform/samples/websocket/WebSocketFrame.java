package io.wireform.samples.websocket;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Message;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.SizedBy;
import io.wireform.annotations.When;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A frame of the base framing protocol, RFC 6455 5.2, field for field:
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
 * "The length of the Payload data, in bytes: if 0-125, that is the payload length. If 126, the following
 * 2 bytes [...] are the payload length. If 127, the following 8 bytes [...]": the payload data is sized
 * by the extended length when the record {@code payloadLen} chose has one, else by {@code payloadLen}.
 * Encode checks the payload's length against whichever applies.
 *
 * @param payloadData the payload as it is on the wire: masked when there is a masking key ({@link #data()}
 *     unmasks it, {@link #of} masks it)
 */
@Message
public record WebSocketFrame(@Bits(1) boolean fin,
                             @Bits(1) boolean rsv1,
                             @Bits(1) boolean rsv2,
                             @Bits(1) boolean rsv3,
                             @Bits(4) int opcode,
                             @Bits(1) boolean mask,
                             @Bits(7) int payloadLen,
                             @SelectedBy("payloadLen") ExtendedPayloadLength extendedPayloadLength,
                             @When("mask") Optional<Integer> maskingKey,
                             @SizedBy({"extendedPayloadLength.length", "payloadLen"}) byte[] payloadData) {

    /** A final frame of {@code opcode} carrying {@code data}, masked with {@code maskingKey} when present (a client's frames always are). */
    public static WebSocketFrame of(int opcode, byte[] data, Optional<Integer> maskingKey) {
        return of(true, opcode, data, maskingKey);
    }

    /** A frame carrying {@code data}, its length in "the minimal number of bytes" (RFC 6455 5.2), masked with the key if any. */
    public static WebSocketFrame of(boolean fin, int opcode, byte[] data, Optional<Integer> maskingKey) {
        int length = data.length;
        int len7 = length <= 125 ? length : length <= 0xFFFF ? 126 : 127;
        ExtendedPayloadLength extended = len7 < 126 ? new ExtendedPayloadLength.None()
                : len7 == 126 ? new ExtendedPayloadLength.Length16(length)
                : new ExtendedPayloadLength.Length64(length);
        byte[] wire = maskingKey.map(key -> Masking.apply(key, data)).orElseGet(data::clone);
        return new WebSocketFrame(fin, false, false, false, opcode, maskingKey.isPresent(), len7, extended, maskingKey, wire);
    }

    /** The application's bytes: the payload data unmasked. */
    public byte[] data() {
        return maskingKey.map(key -> Masking.apply(key, payloadData)).orElseGet(payloadData::clone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebSocketFrame f && fin == f.fin && rsv1 == f.rsv1 && rsv2 == f.rsv2 && rsv3 == f.rsv3
                && opcode == f.opcode && mask == f.mask && payloadLen == f.payloadLen
                && extendedPayloadLength.equals(f.extendedPayloadLength) && maskingKey.equals(f.maskingKey)
                && Arrays.equals(payloadData, f.payloadData);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(fin, rsv1, rsv2, rsv3, opcode, mask, payloadLen, extendedPayloadLength, maskingKey)
                + Arrays.hashCode(payloadData);
    }

    @Override
    public String toString() {
        String shown = HexFormat.of().formatHex(payloadData, 0, Math.min(payloadData.length, 16));
        return "WebSocketFrame[fin=" + fin + ", rsv=" + (rsv1 ? 4 : 0) + (rsv2 ? 2 : 0) + (rsv3 ? 1 : 0) + ", opcode=" + opcode
                + ", mask=" + mask + ", payloadLen=" + payloadLen + ", extendedPayloadLength=" + extendedPayloadLength
                + ", maskingKey=" + maskingKey + ", payloadData=" + payloadData.length + " bytes " + shown
                + (payloadData.length > 16 ? "..." : "") + "]";
    }
}
