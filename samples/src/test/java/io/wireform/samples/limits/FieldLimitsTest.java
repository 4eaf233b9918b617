package io.wireform.samples.limits;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code @Max} on a field: checked on the wire before anything is allocated, and on encode. */
class FieldLimitsTest {
    private static final HelloCodec CODEC = HelloCodec.INSTANCE;

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    @Test
    void withinTheLimitsRoundTrips() {
        Hello hello = new Hello("robot", List.of(1, 2, 3), new byte[] {9, 9});
        byte[] wire = CODEC.encode(hello);
        assertArrayEquals(hex("00000005 726f626f74 03 0001 0002 0003 0909 00"), wire);
        Hello back = CODEC.decode(wire);
        assertEquals("robot", back.name());
        assertEquals(List.of(1, 2, 3), back.values());
    }

    @Test
    void aHostileLengthIsRefusedBeforeAnythingIsAllocated() {
        byte[] wire = hex("ffffffff 00");
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class, () -> CODEC.decode(wire));
        assertEquals(0xffffffffL, e.length());
        assertEquals(8, e.limit());
        assertEquals("Hello.name", e.fieldPath());
        assertTrue(e.getMessage().contains("raise @Max on Hello.name"), e.getMessage());
        // the peek refuses it too, so a stream reader never waits for 4 GiB
        assertThrows(FrameTooLargeException.class, () -> CODEC.frameLength(ByteBuffer.wrap(wire)));
    }

    @Test
    void tooManyElements() {
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class,
                () -> CODEC.decode(hex("00000000 04 0001 0002 0003 0004 00")));
        assertEquals(4, e.length());
        assertEquals("Hello.values", e.fieldPath());
    }

    @Test
    void aDelimiterIsLookedForNoFurtherThanTheLimit() {
        // five tag bytes and no NUL within the first five: too long, whatever follows
        byte[] wire = hex("00000000 00 0101010101 01 00");
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class, () -> CODEC.decode(wire));
        assertEquals("Hello.tag", e.fieldPath());
        assertThrows(FrameTooLargeException.class, () -> CODEC.frameLength(ByteBuffer.wrap(wire)));
        // three bytes and no NUL yet: simply not all there
        assertThrows(TruncatedFrameException.class, () -> CODEC.decode(hex("00000000 00 010101")));
        assertTrue(CODEC.frameLength(ByteBuffer.wrap(hex("00000000 00 010101"))) < 0);
    }

    @Test
    void encodingOverTheLimitIsAnError() {
        WireEncodeException e = assertThrows(WireEncodeException.class,
                () -> CODEC.encode(new Hello("too long!", List.of(), new byte[0])));
        assertEquals("Hello.name", e.fieldPath());
        assertEquals("at most 8", e.expected());
        assertThrows(WireEncodeException.class, () -> CODEC.encode(new Hello("", List.of(1, 2, 3, 4), new byte[0])));
    }
}
