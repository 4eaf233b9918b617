package io.wireform.samples.dns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** {@link DnsName} on its own: RFC 1035's compression example, what it refuses, and its peek. */
class DnsNameTest {

    /**
     * RFC 1035 4.1.4: F.ISI.ARPA at offset 20, FOO.F.ISI.ARPA at 40 as FOO and a pointer to 20, ARPA at
     * 64 as a pointer to 26, the root at 92.
     */
    private static ByteBuffer rfc1035Example() {
        ByteBuffer message = ByteBuffer.allocate(100);
        message.put(20, DnsVectors.hex("01 46 03 49 53 49 04 41 52 50 41 00"));
        message.put(40, DnsVectors.hex("03 46 4f 4f c0 14"));
        message.put(64, DnsVectors.hex("c0 1a"));
        message.put(92, DnsVectors.hex("00"));
        return message;
    }

    private static String readAt(ByteBuffer in, int at, int origin) {
        in.position(at);
        return DnsName.INSTANCE.read(in, in.limit(), origin);
    }

    @Test
    void followsTheRfcExamplesPointers() {
        ByteBuffer message = rfc1035Example();
        assertEquals("F.ISI.ARPA", readAt(message, 20, 0));
        assertEquals(32, message.position());
        assertEquals("FOO.F.ISI.ARPA", readAt(message, 40, 0));
        assertEquals(46, message.position(), "past the pointer, not the labels it reached");
        assertEquals("ARPA", readAt(message, 64, 0));
        assertEquals(66, message.position());
        assertEquals("", readAt(message, 92, 0));
    }

    @Test
    void pointersAreOffsetsFromTheOrigin() {
        ByteBuffer shifted = ByteBuffer.allocate(110);
        shifted.put(10, rfc1035Example().array(), 0, 100);
        assertEquals("FOO.F.ISI.ARPA", readAt(shifted, 50, 10));
    }

    @Test
    void refusesForwardPointersAndLoops() {
        ByteBuffer forward = ByteBuffer.wrap(DnsVectors.hex("c0 04 00 00 01 61 00"));
        WireException e = assertThrows(WireDecodeException.class, () -> readAt(forward, 0, 0));
        assertTrue(e.getMessage().contains("a forward pointer"), e.getMessage());

        ByteBuffer self = ByteBuffer.wrap(DnsVectors.hex("00 00 c0 02"));
        assertThrows(WireDecodeException.class, () -> readAt(self, 2, 0));

        // a -> pointer to 4 -> "b" -> pointer to 0, which is before 4 but after... the name at 0 again: a loop
        ByteBuffer loop = ByteBuffer.wrap(DnsVectors.hex("01 61 c0 04 01 62 c0 00 c0 04"));
        e = assertThrows(WireDecodeException.class, () -> readAt(loop, 8, 0));
        assertTrue(e.getMessage().contains("pointer loop"), e.getMessage());
    }

    @Test
    void refusesRetiredLabelTypesAndLongNames() {
        ByteBuffer extended = ByteBuffer.wrap(DnsVectors.hex("41 00"));
        WireException e = assertThrows(WireDecodeException.class, () -> readAt(extended, 0, 0));
        assertTrue(e.getMessage().contains("label type 0x40"), e.getMessage());

        ByteBuffer longName = ByteBuffer.allocate(300);
        for (int p = 0; p + 64 < 300; p += 64) {
            longName.put(p, (byte) 63);
        }
        e = assertThrows(WireDecodeException.class, () -> readAt(longName, 0, 0));
        assertTrue(e.getMessage().contains("at most 255 bytes"), e.getMessage());
    }

    @Test
    void aNameCutShortIsTruncated() {
        ByteBuffer cut = ByteBuffer.wrap(DnsVectors.hex("03 77 77"));
        assertThrows(TruncatedFrameException.class, () -> readAt(cut, 0, 0));
    }

    @Test
    void writesNamesUncompressed() {
        assertArrayEquals(DnsVectors.hex("03 777777 07 6578616d706c65 03 636f6d 00"), write("www.example.com."));
        assertArrayEquals(DnsVectors.hex("00"), write(""));
        assertEquals(17, DnsName.INSTANCE.size("www.example.com"));
    }

    @Test
    void refusesLabelsOver63AndNamesOver255() {
        WireException e = assertThrows(WireEncodeException.class, () -> DnsName.INSTANCE.size("a".repeat(64) + ".test"));
        assertTrue(e.getMessage().contains("a label of 64 bytes"), e.getMessage());
        String name254 = ("a".repeat(63) + ".").repeat(3) + "a".repeat(61); // 64 * 3 + 62 + 1 = 255 on the wire
        assertEquals(255, DnsName.INSTANCE.size(name254));
        e = assertThrows(WireEncodeException.class, () -> DnsName.INSTANCE.size(name254 + "a"));
        assertTrue(e.getMessage().contains("at most 255 bytes"), e.getMessage());
        assertThrows(WireEncodeException.class, () -> DnsName.INSTANCE.size("a..b"));
    }

    @Test
    void peekTellsTheFieldsOwnLengthOrHowManyBytesItNeeds() {
        ByteBuffer message = rfc1035Example();
        assertEquals(12, DnsName.INSTANCE.length(message, 20, 100));
        assertEquals(6, DnsName.INSTANCE.length(message, 40, 100));
        assertEquals(-5, DnsName.INSTANCE.length(message, 40, 44), "FOO is there, the pointer's first byte is not");
        assertEquals(-6, DnsName.INSTANCE.length(message, 40, 45), "the pointer's second byte is not there");
        assertEquals(-1, DnsName.INSTANCE.length(message, 40, 40));
    }

    private static byte[] write(String name) {
        ByteBuffer out = ByteBuffer.allocate(DnsName.INSTANCE.size(name));
        DnsName.INSTANCE.write(name, out);
        assertEquals(out.capacity(), out.position());
        return out.array();
    }
}
