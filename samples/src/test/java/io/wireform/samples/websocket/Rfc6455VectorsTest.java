package io.wireform.samples.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
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
        check("810548656c6c6f", Frame.of(Opcode.TEXT, HELLO, Optional.empty()));
    }

    @Test
    void aSingleFrameMaskedTextMessage() {
        Frame frame = check("818537fa213d7f9f4d5158", Frame.of(Opcode.TEXT, HELLO, Optional.of(KEY)));
        assertEquals(Optional.of(KEY), frame.header().maskingKey());
        assertArrayEquals(HEX.parseHex("7f9f4d5158"), Masking.apply(KEY, HELLO));
    }

    @Test
    void aFragmentedUnmaskedTextMessage() {
        List<Frame> frames = new Frames.Decoder(1 << 20).feed(HEX.parseHex("010348656c" + "80026c6f"));
        assertEquals(List.of(
                new Frame(FrameHeader.of(false, Opcode.TEXT, Optional.empty(), 3), "Hel".getBytes(StandardCharsets.US_ASCII)),
                new Frame(FrameHeader.of(true, Opcode.CONTINUATION, Optional.empty(), 2), "lo".getBytes(StandardCharsets.US_ASCII))),
                frames);
    }

    @Test
    void anUnmaskedPingAndAMaskedPong() {
        check("890548656c6c6f", Frame.of(Opcode.PING, HELLO, Optional.empty()));
        check("8a8537fa213d7f9f4d5158", Frame.of(Opcode.PONG, HELLO, Optional.of(KEY)));
    }

    @Test
    void twoHundredFiftySixBytesTakeA16BitLength() {
        byte[] payload = new byte[256];
        Arrays.fill(payload, (byte) 0x5A);
        Frame frame = check("827e0100" + HEX.formatHex(payload), Frame.of(Opcode.BINARY, payload, Optional.empty()));
        assertEquals(new ExtendedPayloadLength.Length16(256), frame.header().extendedPayloadLength());
    }

    @Test
    void sixtyFourKibibytesTakeA64BitLength() {
        byte[] payload = new byte[65536];
        Arrays.fill(payload, (byte) 0xA5);
        Frame frame = check("827f0000000000010000" + HEX.formatHex(payload), Frame.of(Opcode.BINARY, payload, Optional.empty()));
        assertEquals(new ExtendedPayloadLength.Length64(65536), frame.header().extendedPayloadLength());
    }

    @Test
    void theHandshakeExampleOfSection1_3() {
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", OpeningHandshake.accept("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    @Test
    void aHeaderWhose7BitLengthChoosesAnotherExtensionIsNotEncoded() {
        FrameHeader wrong = new FrameHeader(true, false, false, false, Opcode.BINARY, false, 5,
                new ExtendedPayloadLength.Length16(300), Optional.empty());
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> FrameHeaderCodec.INSTANCE.encode(wrong));
        assertEquals("Cannot encode FrameHeader.extendedPayloadLength: expected a record that payloadLen = 5 chooses, got Length16",
                e.getMessage());
        FrameHeader unmaskedWithKey = new FrameHeader(true, false, false, false, Opcode.BINARY, false, 0,
                new ExtendedPayloadLength.None(), Optional.of(KEY));
        assertThrows(WireEncodeException.class, () -> FrameHeaderCodec.INSTANCE.encode(unmaskedWithKey));
    }

    @Test
    void a64BitLengthWithItsTopBitSetIsRefused() {
        Frames.Decoder decoder = new Frames.Decoder(1 << 20);
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> decoder.feed(HEX.parseHex("827f8000000000000001")));
        assertEquals("Malformed frame at offset 2 (FrameHeader.extendedPayloadLength.Length64.length): expected a 64-bit length"
                + " whose most significant bit is 0 (RFC 6455 5.2), found 9223372036854775809 [82 7f [80] 00 00 00 00 00 00 01]",
                e.getMessage());
    }

    @Test
    void aPayloadOverTheLimitIsRefusedBeforeItArrives() {
        Frames.Decoder decoder = new Frames.Decoder(1000);
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class, () -> decoder.feed(HEX.parseHex("827e03e9")));
        assertEquals(1001, e.length());
        assertEquals(1000, e.limit());
    }

    /** Decodes {@code hex} as one frame, checks it is {@code expected}, and that {@code expected} encodes to it. */
    private static Frame check(String hex, Frame expected) {
        byte[] wire = HEX.parseHex(hex);
        List<Frame> frames = new Frames.Decoder(1 << 20).feed(wire);
        assertEquals(List.of(expected), frames);
        assertArrayEquals(wire, Frames.encode(expected));
        return frames.get(0);
    }
}
