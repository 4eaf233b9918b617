package io.wireform.samples.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples of RFC 6455 5.7 (and the handshake example of 1.3), decoded and encoded back. */
class Rfc6455VectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] HELLO = "Hello".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY = 0x37fa213d;

    @Test
    void aSingleFrameUnmaskedTextMessage() {
        check("810548656c6c6f", WebSocketFrame.of(Opcode.TEXT, HELLO, Optional.empty()));
    }

    @Test
    void aSingleFrameMaskedTextMessage() {
        WebSocketFrame frame = check("818537fa213d7f9f4d5158", WebSocketFrame.of(Opcode.TEXT, HELLO, Optional.of(KEY)));
        assertEquals(Optional.of(KEY), frame.maskingKey());
        assertArrayEquals(HEX.parseHex("7f9f4d5158"), frame.payloadData(), "on the wire, masked");
        assertArrayEquals(HELLO, frame.data());
    }

    @Test
    void aFragmentedUnmaskedTextMessage() {
        List<WebSocketFrame> frames = reader(1 << 20).feed(HEX.parseHex("010348656c" + "80026c6f"));
        assertEquals(List.of(
                WebSocketFrame.of(false, Opcode.TEXT, "Hel".getBytes(StandardCharsets.US_ASCII), Optional.empty()),
                WebSocketFrame.of(true, Opcode.CONTINUATION, "lo".getBytes(StandardCharsets.US_ASCII), Optional.empty())),
                frames);
    }

    @Test
    void anUnmaskedPingAndAMaskedPong() {
        check("890548656c6c6f", WebSocketFrame.of(Opcode.PING, HELLO, Optional.empty()));
        check("8a8537fa213d7f9f4d5158", WebSocketFrame.of(Opcode.PONG, HELLO, Optional.of(KEY)));
    }

    @Test
    void twoHundredFiftySixBytesTakeA16BitLength() {
        byte[] payload = new byte[256];
        Arrays.fill(payload, (byte) 0x5A);
        WebSocketFrame frame = check("827e0100" + HEX.formatHex(payload), WebSocketFrame.of(Opcode.BINARY, payload, Optional.empty()));
        assertEquals(new ExtendedPayloadLength.Length16(256), frame.extendedPayloadLength());
    }

    @Test
    void sixtyFourKibibytesTakeA64BitLength() {
        byte[] payload = new byte[65536];
        Arrays.fill(payload, (byte) 0xA5);
        WebSocketFrame frame = check("827f0000000000010000" + HEX.formatHex(payload),
                WebSocketFrame.of(Opcode.BINARY, payload, Optional.empty()));
        assertEquals(new ExtendedPayloadLength.Length64(65536), frame.extendedPayloadLength());
    }

    @Test
    void explainShowsThePayloadAfterWhicheverLengthApplied() {
        var explanation = WebSocketFrameCodec.INSTANCE.explain(HEX.parseHex("827e007e" + "61".repeat(126)));
        assertEquals(true, explanation.ok(), explanation::toString);
        var payload = explanation.rows().stream().filter(r -> r.path().equals("WebSocketFrame.payloadData")).findFirst()
                .orElseThrow(() -> new AssertionError(explanation.toString()));
        assertEquals(4, payload.offset());
        assertEquals(126, payload.length());
        var length = explanation.rows().stream()
                .filter(r -> r.path().equals("WebSocketFrame.extendedPayloadLength.Length16.length")).findFirst()
                .orElseThrow(() -> new AssertionError(explanation.toString()));
        assertEquals("in 126..65535, checked", length.note(), explanation::toString);
    }

    @Test
    void explainShowsANonMinimalLengthAsTheError() {
        var explanation = WebSocketFrameCodec.INSTANCE.explain(HEX.parseHex("827e0003" + "616263"));
        assertEquals(false, explanation.ok(), explanation::toString);
        var error = explanation.error().orElseThrow();
        assertEquals(2, error.offset(), explanation::toString);
        assertEquals("WebSocketFrame.extendedPayloadLength.Length16.length", error.fieldPath());
        assertEquals("126..65535", error.expected());
        assertEquals("3", error.actual());
    }

    @Test
    void theHandshakeExampleOfSection1_3() {
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", OpeningHandshake.accept("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    @Test
    void aFrameWhose7BitLengthChoosesAnotherExtensionIsNotEncoded() {
        WebSocketFrame wrong = new WebSocketFrame(true, false, false, false, Opcode.BINARY, false, 5,
                new ExtendedPayloadLength.Length16(300), Optional.empty(), new byte[300]);
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> WebSocketFrameCodec.INSTANCE.encode(wrong));
        assertEquals("Cannot encode WebSocketFrame.extendedPayloadLength: expected a record that payloadLen = 5 chooses, got Length16",
                e.getMessage());
        WebSocketFrame unmaskedWithKey = new WebSocketFrame(true, false, false, false, Opcode.BINARY, false, 0,
                new ExtendedPayloadLength.None(), Optional.of(KEY), new byte[0]);
        assertThrows(WireEncodeException.class, () -> WebSocketFrameCodec.INSTANCE.encode(unmaskedWithKey));
    }

    @Test
    void aPayloadOfAnotherLengthThanWhicheverLengthAppliesIsNotEncoded() {
        WebSocketFrame short16 = new WebSocketFrame(true, false, false, false, Opcode.BINARY, false, 126,
                new ExtendedPayloadLength.Length16(300), Optional.empty(), new byte[299]);
        assertEquals("Cannot encode WebSocketFrame.payloadData: expected 300 (the value of "
                        + "'extendedPayloadLength.length or payloadLen'), got 299",
                assertThrows(WireEncodeException.class, () -> WebSocketFrameCodec.INSTANCE.encode(short16)).getMessage());
        WebSocketFrame short7 = new WebSocketFrame(true, false, false, false, Opcode.BINARY, false, 5,
                new ExtendedPayloadLength.None(), Optional.empty(), new byte[4]);
        assertEquals("Cannot encode WebSocketFrame.payloadData: expected 5 (the value of "
                        + "'extendedPayloadLength.length or payloadLen'), got 4",
                assertThrows(WireEncodeException.class, () -> WebSocketFrameCodec.INSTANCE.encode(short7)).getMessage());
    }

    @Test
    void a64BitLengthWithItsTopBitSetIsRefused() {
        // "the most significant bit MUST be 0": the unsigned length 2^63 + 1 is a negative long, outside @Range
        refused("827f8000000000000001", "Malformed frame at offset 2 (WebSocketFrame.extendedPayloadLength.Length64.length): "
                + "expected 65536..9223372036854775807, found -9223372036854775807 [82 7f [80] 00 00 00 00 00 00 01]");
        refused("817f8000000000000000", "Malformed frame at offset 2 (WebSocketFrame.extendedPayloadLength.Length64.length): "
                + "expected 65536..9223372036854775807, found -9223372036854775808 [81 7f [80] 00 00 00 00 00 00 00]");
    }

    @Test
    void aLengthInMoreBytesThanItNeedsIsRefused() {
        // "the minimal number of bytes MUST be used": 5 fits the 7-bit length, 300 the 16-bit one
        refused("817e0005" + "48656c6c6f", "Malformed frame at offset 2 (WebSocketFrame.extendedPayloadLength.Length16.length): "
                + "expected 126..65535, found 5 [81 7e [00] 05 48 65 6c 6c 6f]");
        refused("827f000000000000012c" + "00".repeat(300), "Malformed frame at offset 2 "
                + "(WebSocketFrame.extendedPayloadLength.Length64.length): expected 65536..9223372036854775807, found 300 "
                + "[82 7f [00] 00 00 00 00 00 01 2c 00]");
    }

    @Test
    void theShortestLengthsOfEachSizeStillDecode() {
        byte[] payload126 = new byte[126];
        check("827e007e" + HEX.formatHex(payload126), WebSocketFrame.of(Opcode.BINARY, payload126, Optional.empty()));
        byte[] payload65535 = new byte[65535];
        check("827effff" + HEX.formatHex(payload65535), WebSocketFrame.of(Opcode.BINARY, payload65535, Optional.empty()));
    }

    @Test
    void aRecordWithANonMinimalLengthIsNotEncoded() {
        WebSocketFrame frame = new WebSocketFrame(true, false, false, false, Opcode.TEXT, false, 126,
                new ExtendedPayloadLength.Length16(5), Optional.empty(), HELLO);
        assertEquals("Cannot encode WebSocketFrame.extendedPayloadLength.Length16.length: expected 126..65535 (@Range), got 5",
                assertThrows(WireEncodeException.class, () -> WebSocketFrameCodec.INSTANCE.encode(frame)).getMessage());
        WebSocketFrame wide = new WebSocketFrame(true, false, false, false, Opcode.BINARY, false, 127,
                new ExtendedPayloadLength.Length64(300), Optional.empty(), new byte[300]);
        assertEquals("Cannot encode WebSocketFrame.extendedPayloadLength.Length64.length: expected 65536..9223372036854775807 "
                + "(@Range), got 300",
                assertThrows(WireEncodeException.class, () -> WebSocketFrameCodec.INSTANCE.encode(wide)).getMessage());
    }

    /** Decode and the stream reader both refuse {@code hex}, with the same error. */
    private static void refused(String hex, String message) {
        byte[] wire = HEX.parseHex(hex);
        WireDecodeException decoded = assertThrows(WireDecodeException.class, () -> WebSocketFrameCodec.INSTANCE.decode(wire));
        assertEquals(message, decoded.getMessage());
        WireDecodeException read = assertThrows(WireDecodeException.class, () -> reader(1 << 20).feed(wire));
        assertEquals(message, read.getMessage());
        assertEquals(decoded.offset(), read.offset());
        assertEquals(decoded.fieldPath(), read.fieldPath());
    }

    @Test
    void aFrameOverTheLimitIsRefusedBeforeItsPayloadArrives() {
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class, () -> reader(1000).feed(HEX.parseHex("827e03e9")));
        assertEquals(4 + 1001, e.length(), "the header and the 1001 bytes it announces");
        assertEquals(1000, e.limit());
    }

    static FrameReader<WebSocketFrame> reader(int maxFrameLength) {
        return WebSocketFrameReader.builder().maxFrameLength(maxFrameLength).build();
    }

    /** Decodes {@code hex} as one frame, checks it is {@code expected}, and that {@code expected} encodes to it. */
    private static WebSocketFrame check(String hex, WebSocketFrame expected) {
        byte[] wire = HEX.parseHex(hex);
        List<WebSocketFrame> frames = reader(1 << 20).feed(wire);
        assertEquals(List.of(expected), frames);
        assertEquals(expected, WebSocketFrameCodec.INSTANCE.decode(wire));
        assertArrayEquals(wire, WebSocketFrameCodec.INSTANCE.encode(expected));
        return frames.get(0);
    }
}
