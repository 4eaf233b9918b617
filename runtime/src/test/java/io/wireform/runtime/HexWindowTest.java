package io.wireform.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * {@link WireException#hexWindow()}: "up to 8 bytes either side of the offset, in hex, the offending byte
 * in brackets"; REFERENCE.md's examples show windows cut by their frame's ends, never by the 8.
 */
class HexWindowTest {
    /** Bytes 00, 01, ... 1f. */
    private static final ByteBuffer RAMP = ByteBuffer.wrap(ramp(32));

    @Test
    void eightBytesEitherSideInTheMiddleOfALongFrame() {
        WireException e = new WireDecodeException(RAMP, 0, 12, "X.y", "a", "b");
        assertEquals("04 05 06 07 08 09 0a 0b [0c] 0d 0e 0f 10 11 12 13 14", e.hexWindow());
        assertEquals("Malformed frame at offset 12 (X.y): expected a, found b [" + e.hexWindow() + "]", e.getMessage());
    }

    @Test
    void fewerWhereTheBytesEnd() {
        assertEquals("[00] 01 02 03 04 05 06 07 08", new WireDecodeException(RAMP, 0, 0, "X", "a", "b").hexWindow());
        assertEquals("17 18 19 1a 1b 1c 1d 1e [1f]", new WireDecodeException(RAMP, 0, 31, "X", "a", "b").hexWindow());
        // past the end: the bytes before it, and an empty bracket where the next byte would be
        assertEquals("18 19 1a 1b 1c 1d 1e 1f []", new TruncatedFrameException(RAMP, 0, "X", 40, 32).hexWindow());
    }

    @Test
    void noBytesNoWindow() {
        WireException e = new WireEncodeException("X.y", "a", "b");
        assertEquals("", e.hexWindow());
        assertEquals("Cannot encode X.y: expected a, got b", e.getMessage());
    }

    private static byte[] ramp(int n) {
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
