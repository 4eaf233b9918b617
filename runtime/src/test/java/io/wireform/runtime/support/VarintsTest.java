package io.wireform.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VarintsTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    /** A buffer holding some bytes at absolute index {@code base}. */
    record Placed(String kind, ByteBuffer buf, int base) {}

    /**
     * The same bytes in heap, offset-slice, direct, read-only and little-endian buffers, each with a
     * non-zero position that absolute indexing must ignore, and filler around the bytes.
     */
    static List<Placed> placements(byte[] content, boolean writableOnly) {
        List<Placed> out = new ArrayList<>();
        int pad = 7;
        byte[] arr = new byte[pad + content.length + pad];
        java.util.Arrays.fill(arr, (byte) 0xEE);
        System.arraycopy(content, 0, arr, pad, content.length);

        out.add(new Placed("heap", ByteBuffer.wrap(content.clone()), 0));

        ByteBuffer slice = ByteBuffer.wrap(arr.clone(), 3, arr.length - 3).slice(); // arrayOffset 3
        slice.position(2);
        out.add(new Placed("heap slice", slice, pad - 3));

        ByteBuffer direct = ByteBuffer.allocateDirect(arr.length);
        direct.put(arr).position(5);
        out.add(new Placed("direct", direct, pad));

        ByteBuffer directSlice = ByteBuffer.allocateDirect(arr.length).put(arr).position(2).slice();
        directSlice.position(1);
        out.add(new Placed("direct slice", directSlice, pad - 2));

        ByteBuffer le = ByteBuffer.wrap(arr.clone()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        le.position(1);
        out.add(new Placed("heap little-endian", le, pad));

        if (!writableOnly) {
            ByteBuffer ro = ByteBuffer.wrap(arr.clone(), 4, arr.length - 4).slice().asReadOnlyBuffer();
            ro.position(1);
            out.add(new Placed("read-only heap slice", ro, pad - 4));
            ByteBuffer roDirect = ByteBuffer.allocateDirect(arr.length).put(arr).asReadOnlyBuffer();
            roDirect.position(3);
            out.add(new Placed("read-only direct", roDirect, pad));
        }
        return out;
    }

    private static byte[] hex(String s) {
        return HEX.parseHex(s);
    }

    private static byte[] encode(long v) {
        byte[] bytes = new byte[Varints.sizeOf(v)];
        assertEquals(bytes.length, Varints.put(ByteBuffer.wrap(bytes), 0, v));
        return bytes;
    }

    private static void assertEncoding(long v, String expected) {
        byte[] wire = hex(expected);
        assertEquals(expected, HEX.formatHex(encode(v)), "encoding of " + Long.toUnsignedString(v));
        assertEquals(wire.length, Varints.sizeOf(v), "sizeOf " + Long.toUnsignedString(v));
        for (Placed p : placements(wire, false)) {
            int pos = p.buf().position();
            int lim = p.buf().limit();
            assertEquals(wire.length, Varints.length(p.buf(), 0, p.base(), p.base() + wire.length,
                    Varints.MAX_LEB128_BYTES, "M.f"), p.kind());
            assertEquals(v, Varints.get(p.buf(), p.base()), p.kind() + " " + expected);
            assertEquals(pos, p.buf().position(), p.kind());
            assertEquals(lim, p.buf().limit(), p.kind());
        }
    }

    @Test
    void protobufExamples() {
        assertEncoding(1, "01");
        assertEncoding(150, "96 01");
        assertEncoding(300, "ac 02");
    }

    @Test
    void boundaries() {
        assertEncoding(0, "00");
        assertEncoding(127, "7f");
        assertEncoding(128, "80 01");
        assertEncoding(16383, "ff 7f");
        assertEncoding(16384, "80 80 01");
        assertEncoding((1L << 35) - 1, "ff ff ff ff 7f");
        assertEncoding(1L << 35, "80 80 80 80 80 01");
        assertEncoding(Long.MAX_VALUE, "ff ff ff ff ff ff ff ff 7f");
        assertEncoding(Long.MIN_VALUE, "80 80 80 80 80 80 80 80 80 01");
        assertEncoding(-1L, "ff ff ff ff ff ff ff ff ff 01");
    }

    @Test
    void mqttSpecTable() {
        String[][] table = {
            {"0", "00"}, {"127", "7f"}, {"128", "80 01"}, {"16383", "ff 7f"}, {"16384", "80 80 01"},
            {"2097151", "ff ff 7f"}, {"2097152", "80 80 80 01"}, {"268435455", "ff ff ff 7f"},
        };
        for (String[] row : table) {
            long v = Long.parseLong(row[0]);
            byte[] wire = hex(row[1]);
            assertEquals(row[1], HEX.formatHex(encode(v)));
            ByteBuffer in = ByteBuffer.wrap(wire);
            assertEquals(wire.length, Varints.length(in, 0, 0, wire.length, Varints.MAX_MQTT_BYTES, "M.len"));
            assertEquals(v, Varints.get(in, 0));
        }
        assertEquals(268_435_455L, Varints.MAX_MQTT_VALUE);
        assertEquals(Varints.MAX_MQTT_BYTES, Varints.sizeOf(Varints.MAX_MQTT_VALUE));
        assertEquals(Varints.MAX_MQTT_BYTES + 1, Varints.sizeOf(Varints.MAX_MQTT_VALUE + 1));
    }

    @Test
    void sizeOfEveryBitLength() {
        assertEquals(1, Varints.sizeOf(0));
        for (int bits = 1; bits <= 64; bits++) {
            long top = bits == 64 ? -1L : (1L << bits) - 1; // largest value of that many bits
            long low = 1L << (bits - 1);                     // smallest
            int expected = (bits + 6) / 7;
            assertEquals(expected, Varints.sizeOf(top), "bits " + bits);
            assertEquals(expected, Varints.sizeOf(low), "bits " + bits);
            assertEquals(expected, encode(top).length);
        }
    }

    @Test
    void zigzagTable() {
        long[][] table = {
            {0, 0}, {-1, 1}, {1, 2}, {-2, 3}, {2, 4},
            {2147483647L, 4294967294L}, {-2147483648L, 4294967295L},
            {Long.MAX_VALUE, -2L}, {Long.MIN_VALUE, -1L}, // 0xFF..FE and 0xFF..FF unsigned
        };
        for (long[] row : table) {
            assertEquals(row[1], Varints.zigzag(row[0]), "zigzag " + row[0]);
            assertEquals(row[0], Varints.unzigzag(row[1]), "unzigzag " + Long.toUnsignedString(row[1]));
        }
        // sint32 -1 is one byte on the wire; sint64 Long.MIN_VALUE is ten.
        assertEquals("01", HEX.formatHex(encode(Varints.zigzag(-1))));
        assertEquals(10, Varints.sizeOf(Varints.zigzag(Long.MIN_VALUE)));
    }

    @Test
    void everyStrictPrefixNeedsMore() {
        long[] values = {0, 1, 127, 128, 300, 16384, Varints.MAX_MQTT_VALUE, 1L << 49, Long.MAX_VALUE, -1L};
        for (long v : values) {
            byte[] wire = encode(v);
            for (Placed p : placements(wire, false)) {
                for (int len = 0; len < wire.length; len++) {
                    assertEquals(Varints.NEED_MORE, Varints.length(p.buf(), 0, p.base(), p.base() + len,
                            Varints.MAX_LEB128_BYTES, "M.f"), p.kind() + " prefix " + len + " of " + v);
                }
                assertEquals(wire.length, Varints.length(p.buf(), 0, p.base(), p.base() + wire.length,
                        Varints.MAX_LEB128_BYTES, "M.f"));
            }
        }
        // MQTT: prefixes of a 4-byte value, and 3 continuation bytes, still need more.
        ByteBuffer in = ByteBuffer.wrap(hex("ff ff ff 7f"));
        for (int len = 0; len < 4; len++) {
            assertEquals(Varints.NEED_MORE, Varints.length(in, 0, 0, len, Varints.MAX_MQTT_BYTES, "M.len"));
        }
    }

    @Test
    void lengthIgnoresBytesPastLimit() {
        ByteBuffer in = ByteBuffer.wrap(hex("96 01 05"));
        assertEquals(Varints.NEED_MORE, Varints.length(in, 0, 0, 1, 10, "M.f"));
        assertEquals(2, Varints.length(in, 0, 0, 3, 10, "M.f"));
        assertEquals(1, Varints.length(in, 0, 2, 3, 10, "M.f"));
        assertEquals(Varints.NEED_MORE, Varints.length(in, 0, 3, 3, 10, "M.f"));
    }

    @Test
    void fiveByteMqttThrowsAtTheFourthByteThatSaysMoreFollow() {
        byte[] frame = hex("30 aa bb 80 80 80 81 01 00");
        int frameStart = 1;
        int at = 3;
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> Varints.length(
                ByteBuffer.wrap(frame), frameStart, at, frame.length, Varints.MAX_MQTT_BYTES, "Publish.remaining"));
        assertEquals(at + 3 - frameStart, e.offset());
        assertEquals("Publish.remaining", e.fieldPath());
        assertEquals("a varint of at most 4 bytes", e.expected());
        assertEquals("a 4th byte of 0x81, whose continuation bit 0x80 says more bytes follow", e.actual());
        assertTrue(e.hexWindow().contains("[81]"), e.hexWindow());
        assertTrue(e.getMessage().contains("Publish.remaining"), e.getMessage());
    }

    @Test
    void overlongIsRejectedWithoutWaitingForTheNextByte() {
        // Four continuation bytes are already too many for MQTT: no need to wait for a fifth. The
        // error points at the fourth, which is there, and its window shows it.
        byte[] frame = hex("80 80 80 80");
        for (Placed p : placements(frame, false)) {
            WireDecodeException e = assertThrows(WireDecodeException.class, () -> Varints.length(
                    p.buf(), p.base(), p.base(), p.base() + 4, Varints.MAX_MQTT_BYTES, "M.len"), p.kind());
            assertEquals(3, e.offset(), p.kind());
            assertTrue(e.hexWindow().endsWith("[80]") || e.hexWindow().contains("[80] "), e.hexWindow());
        }
        // maxBytes 1: any continuation bit is an error.
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> Varints.length(ByteBuffer.wrap(hex("81")), 0, 0, 1, 1, "M.f"));
        assertEquals(0, e.offset());
        assertEquals("a varint of at most 1 byte", e.expected());
    }

    @Test
    void elevenByteLeb128Throws() {
        byte[] frame = hex("ff ff ff ff ff ff ff ff ff 81 01");
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> Varints.length(ByteBuffer.wrap(frame), 0, 0, frame.length, Varints.MAX_LEB128_BYTES, "M.id"));
        assertEquals(9, e.offset());
        assertEquals("M.id", e.fieldPath());
        assertEquals("a varint of at most 10 bytes", e.expected());
        assertEquals("a 10th byte of 0x81, whose continuation bit 0x80 says more bytes follow", e.actual());
        // Same when only ten bytes have arrived.
        assertThrows(WireDecodeException.class,
                () -> Varints.length(ByteBuffer.wrap(frame), 0, 0, 10, Varints.MAX_LEB128_BYTES, "M.id"));
        // maxBytes above 10 acts as 10.
        assertThrows(WireDecodeException.class,
                () -> Varints.length(ByteBuffer.wrap(frame), 0, 0, frame.length, 20, "M.id"));
    }

    @Test
    void tenthByteOverflowThrows() {
        byte[] frame = hex("55 80 80 80 80 80 80 80 80 80 02");
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> Varints.length(ByteBuffer.wrap(frame), 0, 1, frame.length, Varints.MAX_LEB128_BYTES, "M.id"));
        assertEquals(10, e.offset()); // the 10th byte of the varint, at index 1 + 9
        assertEquals("M.id", e.fieldPath());
        assertTrue(e.expected().startsWith("a varint that fits 64 bits"), e.expected());
        assertEquals("a 10th byte of 0x02", e.actual());
        for (String last : new String[] {"7f", "40", "03"}) {
            byte[] bad = hex("ff ff ff ff ff ff ff ff ff " + last);
            assertThrows(WireDecodeException.class,
                    () -> Varints.length(ByteBuffer.wrap(bad), 0, 0, 10, 10, "M.id"), last);
        }
        // 00 and 01 are fine (00 is merely non-minimal).
        assertEquals(10, Varints.length(ByteBuffer.wrap(hex("ff ff ff ff ff ff ff ff ff 00")), 0, 0, 10, 10, "M"));
        assertEquals(Long.MAX_VALUE, Varints.get(ByteBuffer.wrap(hex("ff ff ff ff ff ff ff ff ff 00")), 0));
    }

    @Test
    void nonMinimalEncodingsAreAccepted() {
        ByteBuffer in = ByteBuffer.wrap(hex("80 80 00"));
        assertEquals(3, Varints.length(in, 0, 0, 3, 10, "M.f"));
        assertEquals(0, Varints.get(in, 0));
    }

    @Test
    void badMaxBytesIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> Varints.length(ByteBuffer.wrap(hex("01")), 0, 0, 1, 0, "M.f"));
    }

    @Test
    void putWritesAtAbsoluteIndexOnEveryWritableKind() {
        byte[] zeros = new byte[12];
        for (Placed p : placements(zeros, true)) {
            int pos = p.buf().position();
            int lim = p.buf().limit();
            assertEquals(2, Varints.put(p.buf(), p.base() + 1, 300));
            assertEquals((byte) 0xAC, p.buf().get(p.base() + 1), p.kind());
            assertEquals((byte) 0x02, p.buf().get(p.base() + 2), p.kind());
            assertEquals(0, p.buf().get(p.base()), p.kind());
            assertEquals(0, p.buf().get(p.base() + 3), p.kind());
            assertEquals(pos, p.buf().position(), p.kind());
            assertEquals(lim, p.buf().limit(), p.kind());
        }
    }

    @Test
    void roundTripRandomAndEdgeValues() {
        Random random = new Random(0x5EEDL);
        List<Long> values = new ArrayList<>();
        for (int shift = 0; shift < 64; shift++) {
            long p = 1L << shift;
            values.add(p);
            values.add(p - 1);
            values.add(p + 1);
            values.add(-p);
        }
        values.add(Long.MAX_VALUE);
        values.add(Long.MIN_VALUE);
        values.add(Varints.MAX_MQTT_VALUE);
        for (int k = 0; k < 4000; k++) {
            long v = random.nextLong();
            values.add(v >>> random.nextInt(64)); // spread over all lengths
        }
        ByteBuffer heap = ByteBuffer.allocate(64);
        ByteBuffer direct = ByteBuffer.allocateDirect(64);
        for (long v : values) {
            for (ByteBuffer buf : new ByteBuffer[] {heap, direct}) {
                int at = 3 + (int) (v & 7);
                int n = Varints.put(buf, at, v);
                assertEquals(Varints.sizeOf(v), n);
                assertEquals(n, Varints.length(buf, 1, at, buf.limit(), Varints.MAX_LEB128_BYTES, "M.f"));
                assertEquals(Varints.NEED_MORE,
                        Varints.length(buf, 1, at, at + n - 1, Varints.MAX_LEB128_BYTES, "M.f"));
                assertEquals(v, Varints.get(buf, at));
                long z = Varints.zigzag(v);
                assertEquals(v, Varints.unzigzag(z));
                assertEquals(0, buf.position());
                assertEquals(buf.capacity(), buf.limit());
                if (Long.compareUnsigned(v, Varints.MAX_MQTT_VALUE) <= 0) {
                    assertEquals(n, Varints.length(buf, 1, at, buf.limit(), Varints.MAX_MQTT_BYTES, "M.f"));
                } else {
                    assertThrows(WireDecodeException.class,
                            () -> Varints.length(buf, 1, at, buf.limit(), Varints.MAX_MQTT_BYTES, "M.f"));
                }
            }
        }
        // Zigzag maps small magnitudes to short encodings.
        for (long v = -64; v < 64; v++) {
            assertEquals(1, Varints.sizeOf(Varints.zigzag(v)), "zigzag " + v);
        }
        assertEquals(2, Varints.sizeOf(Varints.zigzag(64)));
        assertEquals(2, Varints.sizeOf(Varints.zigzag(-65)));
    }

    @Test
    void encodeSideChecks() {
        assertEquals(0, Varints.mqtt(0, "M.len"));
        assertEquals(Varints.MAX_MQTT_VALUE, Varints.mqtt(Varints.MAX_MQTT_VALUE, "M.len"));
        WireEncodeException e = assertThrows(WireEncodeException.class,
                () -> Varints.mqtt(Varints.MAX_MQTT_VALUE + 1, "M.len"));
        assertEquals("M.len", e.fieldPath());
        assertThrows(WireEncodeException.class, () -> Varints.mqtt(-1, "M.len"));
        assertEquals(5, Varints.unsigned(5, "M.f"));
        assertThrows(WireEncodeException.class, () -> Varints.unsigned(-1, "M.f"));
    }

    @Test
    void getReadsNoMoreThanTenBytes() {
        byte[] all = new byte[11];
        java.util.Arrays.fill(all, (byte) 0xFF);
        ByteBuffer in = ByteBuffer.wrap(all, 0, 10).slice(); // get(10) would throw
        Varints.get(in, 0); // garbage in, but bounded: no IndexOutOfBoundsException
    }
}
