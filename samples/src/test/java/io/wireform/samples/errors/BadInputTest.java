package io.wireform.samples.errors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Bad bytes and bad values: the library's exception, with offset, path and expectation, and nothing lost. */
class BadInputTest {
    private static final TelemetryCodec CODEC = TelemetryCodec.INSTANCE;
    // channel 07 | offset -2 (fffffe) | mode 02 | strict 20 | "hi" + 00 00 | tag 0102 | inner AB 05
    private static final String VALID = "07 fffffe 02 20 68690000 0102 ab05";

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    private static Telemetry valid() {
        return new Telemetry(7, -2, Mode.BUSY, Strict.HIGH, "hi", new byte[] {1, 2}, new Inner((short) 5));
    }

    @Test
    void validFrameRoundTrips() {
        assertArrayEquals(bytes(VALID), CODEC.encode(valid()));
        Telemetry decoded = CODEC.decode(bytes(VALID));
        assertEquals(-2, decoded.offset());
        assertEquals(Mode.BUSY, decoded.mode());
        assertEquals("hi", decoded.label());
        assertEquals(new Inner((short) 5), decoded.inner());
    }

    @Test
    void truncatedInputSaysHowFarItGot() {
        ByteBuffer in = ByteBuffer.wrap(bytes("07 fffffe 02 20 6869"));
        TruncatedFrameException e = assertThrows(TruncatedFrameException.class, () -> CODEC.decode(in));
        assertEquals(14, TelemetryCodec.ENCODED_LENGTH);
        assertEquals(14, e.needed());
        assertEquals(8, e.available());
        assertEquals("Telemetry", e.fieldPath());
        assertTrue(e.getMessage().startsWith("Truncated frame: input ended 8 bytes into a 14-byte frame at offset 8"),
                e.getMessage());
        assertEquals(0, in.position());
    }

    @Test
    void emptyInputIsTruncatedAtOffsetZero() {
        TruncatedFrameException e = assertThrows(TruncatedFrameException.class, () -> CODEC.decode(new byte[0]));
        assertEquals(0, e.available());
        assertEquals(0, e.offset());
    }

    @Test
    void unknownEnumCodeWithoutFallbackIsAnError() {
        byte[] frame = bytes(VALID);
        frame[5] = 0x30;
        ByteBuffer in = ByteBuffer.wrap(frame);
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> CODEC.decode(in));
        assertEquals(5, e.offset());
        assertEquals("Telemetry.strict", e.fieldPath());
        assertEquals("a code of Strict (16, 32)", e.expected());
        assertEquals("48", e.actual());
        assertTrue(e.hexWindow().contains("[30]"), e.hexWindow());
        assertEquals(0, in.position());
    }

    @Test
    void unknownEnumCodeWithFallbackDecodesToIt() {
        byte[] frame = bytes(VALID);
        frame[4] = 0x7F;
        assertEquals(Mode.OTHER, CODEC.decode(frame).mode());
    }

    @Test
    void fallbackWithoutCodeCannotBeEncoded() {
        Telemetry value = new Telemetry(7, -2, Mode.OTHER, Strict.HIGH, "hi", new byte[2], new Inner((short) 5));
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(value));
        assertEquals("Telemetry.mode", e.fieldPath());
    }

    @Test
    void nestedMarkerErrorCarriesTheFullPathAndFrameOffset() {
        byte[] frame = bytes(VALID);
        frame[12] = (byte) 0xAC;
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> CODEC.decode(frame));
        assertEquals(12, e.offset());
        assertEquals("Telemetry.inner.<magic>", e.fieldPath());
        assertEquals("ab", e.expected());
        assertEquals("ac", e.actual());
    }

    @Test
    void trailingBytesAfterAWholeFrameAreRejectedByTheArrayDecode() {
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> CODEC.decode(bytes(VALID + "00")));
        assertEquals(14, e.offset());
    }

    @Test
    void outOfRangeUnsignedIsNeverCut() {
        Telemetry value = new Telemetry(256, 0, Mode.IDLE, Strict.LOW, "", new byte[0], new Inner((short) 0));
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(value));
        assertEquals("Telemetry.channel", e.fieldPath());
        assertEquals("0..255 (unsigned 1-byte)", e.expected());
        assertEquals("256", e.actual());
    }

    @Test
    void negativeUnsignedIsRejected() {
        Telemetry value = new Telemetry(-1, 0, Mode.IDLE, Strict.LOW, "", new byte[0], new Inner((short) 0));
        assertEquals("Telemetry.channel",
                assertThrows(WireEncodeException.class, () -> CODEC.encode(value)).fieldPath());
    }

    @Test
    void outOfRangeSignedOddWidthIsRejected() {
        Telemetry value = new Telemetry(0, 1 << 23, Mode.IDLE, Strict.LOW, "", new byte[0], new Inner((short) 0));
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(value));
        assertEquals("Telemetry.offset", e.fieldPath());
        assertEquals("-8388608..8388607 (signed 3-byte)", e.expected());
    }

    @Test
    void tooLongTextIsAnErrorMeasuredInEncodedBytes() {
        // four characters, but "é" takes two bytes in UTF-8: five bytes for a four-byte field
        Telemetry value = new Telemetry(0, 0, Mode.IDLE, Strict.LOW, "abcé", new byte[0], new Inner((short) 0));
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(value));
        assertEquals("Telemetry.label", e.fieldPath());
        assertEquals("5 bytes", e.actual());
    }

    @Test
    void tooLongBytesAreAnError() {
        Telemetry value = new Telemetry(0, 0, Mode.IDLE, Strict.LOW, "", new byte[3], new Inner((short) 0));
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(value));
        assertEquals("Telemetry.tag", e.fieldPath());
        assertEquals("at most 2 bytes", e.expected());
    }

    @Test
    void nullFieldIsAnErrorNotANullPointer() {
        Telemetry value = new Telemetry(0, 0, Mode.IDLE, Strict.LOW, null, new byte[0], new Inner((short) 0));
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(value));
        assertEquals("Telemetry.label", e.fieldPath());
        assertEquals("null", e.actual());
    }

    @Test
    void nestedEncodeErrorLeavesTheOutputPositionAlone() {
        Telemetry value = new Telemetry(0, 0, Mode.IDLE, Strict.LOW, "", new byte[0], new Inner((short) 300));
        ByteBuffer out = ByteBuffer.allocate(64).position(3);
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> CODEC.encode(value, out));
        assertEquals("Telemetry.inner.level", e.fieldPath());
        assertEquals(3, out.position());
    }

    @Test
    void tooSmallOutputBufferWritesNothing() {
        ByteBuffer out = ByteBuffer.allocate(TelemetryCodec.ENCODED_LENGTH - 1);
        assertThrows(BufferOverflowException.class, () -> CODEC.encode(valid(), out));
        assertEquals(0, out.position());
        assertArrayEquals(new byte[TelemetryCodec.ENCODED_LENGTH - 1], out.array());
    }

    @Test
    void decodeStartsAtThePositionAndIgnoresBufferByteOrder() {
        ByteBuffer in = ByteBuffer.allocate(40).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        in.position(5).put(bytes(VALID)).position(5);
        Telemetry decoded = CODEC.decode(in);
        assertEquals(-2, decoded.offset());
        assertEquals(19, in.position());
        assertEquals(TelemetryCodec.ENCODED_LENGTH, CODEC.frameLength(in));
    }
}
