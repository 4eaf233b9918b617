package io.wireform.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

class ChecksumsTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    @FunctionalInterface
    interface Algorithm {
        int compute(ByteBuffer buf, int from, int to);
    }

    /** An algorithm under test and an independent reference over a plain array. */
    record Case(String name, Algorithm algorithm, ToIntFunction<byte[]> reference, int check) {}

    private static final List<Case> CASES = List.of(
            new Case("CRC-8/SMBUS", Checksums::crc8, b -> bitwise(b, 8, 0x07, 0, false, 0), 0xF4),
            new Case("CRC-16/MODBUS", Checksums::crc16Modbus, b -> bitwise(b, 16, 0x8005, 0xFFFF, true, 0), 0x4B37),
            new Case("CRC-16/CCITT-FALSE", Checksums::crc16CcittFalse,
                    b -> bitwise(b, 16, 0x1021, 0xFFFF, false, 0), 0x29B1),
            new Case("CRC-32", Checksums::crc32, b -> bitwise(b, 32, 0x04C11DB7, -1, true, -1), 0xCBF43926),
            new Case("CRC-32C", Checksums::crc32c, b -> bitwise(b, 32, 0x1EDC6F41, -1, true, -1), 0xE3069283),
            new Case("SUM8", Checksums::sum8, ChecksumsTest::sum, 0xDD),
            new Case("XOR8", Checksums::xor8, ChecksumsTest::xor, 0x31));

    /**
     * Textbook bit-at-a-time CRC (Rocksoft model: width, poly, init, reflect in and out, final XOR),
     * sharing nothing with the tables under test.
     */
    static int bitwise(byte[] data, int width, int poly, int init, boolean reflect, int xorOut) {
        long mask = width == 32 ? 0xFFFFFFFFL : (1L << width) - 1;
        long top = 1L << (width - 1);
        long crc = init & mask;
        for (byte value : data) {
            int b = value & 0xFF;
            if (reflect) {
                b = Integer.reverse(b) >>> 24;
            }
            crc ^= (long) b << (width - 8);
            for (int k = 0; k < 8; k++) {
                crc = (crc & top) != 0 ? ((crc << 1) ^ poly) & mask : (crc << 1) & mask;
            }
        }
        if (reflect) {
            crc = Long.reverse(crc) >>> (64 - width);
        }
        return (int) ((crc ^ xorOut) & mask);
    }

    static int sum(byte[] data) {
        int s = 0;
        for (byte b : data) {
            s = (s + (b & 0xFF)) % 256;
        }
        return s;
    }

    static int xor(byte[] data) {
        int x = 0;
        for (byte b : data) {
            x ^= b & 0xFF;
        }
        return x;
    }

    /** A buffer holding some bytes at absolute index {@code base}. */
    record Placed(String kind, ByteBuffer buf, int base) {}

    /** The same bytes in every kind of buffer, with non-zero position/arrayOffset and filler around. */
    static List<Placed> placements(byte[] content) {
        List<Placed> out = new ArrayList<>();
        int pad = 9;
        byte[] arr = new byte[pad + content.length + pad];
        Arrays.fill(arr, (byte) 0xA5);
        System.arraycopy(content, 0, arr, pad, content.length);

        out.add(new Placed("heap", ByteBuffer.wrap(content.clone()), 0));
        ByteBuffer slice = ByteBuffer.wrap(arr.clone(), 5, arr.length - 5).slice();
        slice.position(3);
        out.add(new Placed("heap slice (arrayOffset 5)", slice, pad - 5));
        ByteBuffer heapPos = ByteBuffer.wrap(arr.clone()).order(ByteOrder.LITTLE_ENDIAN);
        heapPos.position(pad + 1).limit(arr.length - 1);
        out.add(new Placed("heap, position inside the range", heapPos, pad));
        ByteBuffer direct = ByteBuffer.allocateDirect(arr.length).put(arr);
        direct.position(pad + 2);
        out.add(new Placed("direct, position inside the range", direct, pad));
        ByteBuffer directSlice = ByteBuffer.allocateDirect(arr.length).put(arr).position(4).slice();
        directSlice.position(1);
        out.add(new Placed("direct slice", directSlice, pad - 4));
        ByteBuffer ro = ByteBuffer.wrap(arr.clone(), 2, arr.length - 2).slice().asReadOnlyBuffer();
        ro.position(pad + 1);
        out.add(new Placed("read-only heap slice", ro, pad - 2));
        ByteBuffer roDirect = ByteBuffer.allocateDirect(arr.length).put(arr).asReadOnlyBuffer();
        roDirect.position(1);
        out.add(new Placed("read-only direct", roDirect, pad));
        return out;
    }

    private static void assertOnEveryKind(Case c, byte[] data, int expected) {
        for (Placed p : placements(data)) {
            int pos = p.buf().position();
            int lim = p.buf().limit();
            int got = c.algorithm().compute(p.buf(), p.base(), p.base() + data.length);
            assertEquals(expected, got, () -> c.name() + " on " + p.kind() + " of " + HEX.formatHex(data)
                    + ": expected 0x" + Integer.toHexString(expected) + ", got 0x" + Integer.toHexString(got));
            assertEquals(pos, p.buf().position(), c.name() + " moved the position of " + p.kind());
            assertEquals(lim, p.buf().limit(), c.name() + " moved the limit of " + p.kind());
        }
    }

    @Test
    void checkValuesOver123456789() {
        for (Case c : CASES) {
            assertEquals(c.check(), c.reference().applyAsInt(CHECK), "reference " + c.name());
            assertOnEveryKind(c, CHECK, c.check());
        }
    }

    @Test
    void crc8SecondVectors() {
        Case c = CASES.get(0);
        assertOnEveryKind(c, new byte[0], 0x00);
        assertOnEveryKind(c, new byte[] {0x01}, 0x07); // one byte: the poly itself
        assertOnEveryKind(c, HEX.parseHex("de ad be ef"), bitwise(HEX.parseHex("de ad be ef"), 8, 0x07, 0, false, 0));
        // Appending the CRC gives a zero remainder (no reflection, no final XOR).
        byte[] data = HEX.parseHex("31 32 33 34 35 36 37 38 39 f4");
        assertOnEveryKind(c, data, 0x00);
    }

    @Test
    void modbusRtuFrame() {
        // Read holding registers, slave 1, address 0, 10 registers: CRC goes on the wire as C5 CD.
        byte[] frame = HEX.parseHex("01 03 00 00 00 0a");
        assertOnEveryKind(CASES.get(1), frame, 0xCDC5);
        assertEquals(0xCDC5, bitwise(frame, 16, 0x8005, 0xFFFF, true, 0));
        assertOnEveryKind(CASES.get(1), new byte[0], 0xFFFF);
        // A whole frame with its little-endian CRC leaves a zero remainder.
        assertOnEveryKind(CASES.get(1), HEX.parseHex("01 03 00 00 00 0a c5 cd"), 0x0000);
    }

    @Test
    void ccittFalseSecondVectors() {
        assertOnEveryKind(CASES.get(2), "A".getBytes(StandardCharsets.US_ASCII), 0xB915);
        assertOnEveryKind(CASES.get(2), new byte[0], 0xFFFF);
        // CRC appended big-endian leaves a zero remainder.
        assertOnEveryKind(CASES.get(2), HEX.parseHex("31 32 33 34 35 36 37 38 39 29 b1"), 0x0000);
    }

    @Test
    void crc32SecondVectors() {
        byte[] fox = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.US_ASCII);
        assertOnEveryKind(CASES.get(3), fox, 0x414FA339);
        assertOnEveryKind(CASES.get(3), new byte[0], 0);
        CRC32 zip = new CRC32();
        zip.update(fox);
        assertEquals(0x414FA339, (int) zip.getValue());
    }

    @Test
    void crc32cIscsiVectors() {
        // RFC 3720, appendix B.4.
        byte[] zeros = new byte[32];
        byte[] ones = new byte[32];
        Arrays.fill(ones, (byte) 0xFF);
        byte[] ascending = new byte[32];
        byte[] descending = new byte[32];
        for (int i = 0; i < 32; i++) {
            ascending[i] = (byte) i;
            descending[i] = (byte) (31 - i);
        }
        assertOnEveryKind(CASES.get(4), zeros, 0x8A9136AA);
        assertOnEveryKind(CASES.get(4), ones, 0x62A8AB43);
        assertOnEveryKind(CASES.get(4), ascending, 0x46DD794E);
        assertOnEveryKind(CASES.get(4), descending, 0x113FDB5C);
        assertOnEveryKind(CASES.get(4), new byte[0], 0);
    }

    @Test
    void sumAndXorSecondVectors() {
        assertOnEveryKind(CASES.get(5), HEX.parseHex("ff 02"), 0x01);
        assertOnEveryKind(CASES.get(5), HEX.parseHex("80 80 80"), 0x80);
        assertOnEveryKind(CASES.get(5), new byte[0], 0x00);
        assertOnEveryKind(CASES.get(6), HEX.parseHex("aa 55"), 0xFF);
        assertOnEveryKind(CASES.get(6), HEX.parseHex("ff ff"), 0x00);
        assertOnEveryKind(CASES.get(6), HEX.parseHex("80 01"), 0x81);
    }

    @Test
    void randomDataMatchesReferenceAndZip() {
        Random random = new Random(20240917L);
        for (int round = 0; round < 200; round++) {
            byte[] data = new byte[random.nextInt(300)];
            random.nextBytes(data);
            for (Case c : CASES) {
                assertOnEveryKind(c, data, c.reference().applyAsInt(data));
            }
            CRC32 crc32 = new CRC32();
            crc32.update(data);
            CRC32C crc32c = new CRC32C();
            crc32c.update(data);
            assertOnEveryKind(CASES.get(3), data, (int) crc32.getValue());
            assertOnEveryKind(CASES.get(4), data, (int) crc32c.getValue());
        }
    }

    @Test
    void subRangeOnly() {
        // Bytes outside [from, to) do not count.
        byte[] framed = HEX.parseHex("7e 31 32 33 34 35 36 37 38 39 7e");
        ByteBuffer buf = ByteBuffer.wrap(framed).asReadOnlyBuffer();
        for (Case c : CASES) {
            assertEquals(c.check(), c.algorithm().compute(buf, 1, 10), c.name());
            assertEquals(c.check(), c.algorithm().compute(ByteBuffer.wrap(framed), 1, 10), c.name());
        }
    }

    @Test
    void rangePastTheLimitIsRejected() {
        ByteBuffer buf = ByteBuffer.wrap(new byte[10]).limit(5);
        for (Case c : CASES) {
            assertThrows(IndexOutOfBoundsException.class, () -> c.algorithm().compute(buf, 0, 6), c.name());
            assertThrows(IndexOutOfBoundsException.class, () -> c.algorithm().compute(buf, 3, 2), c.name());
            assertThrows(IndexOutOfBoundsException.class, () -> c.algorithm().compute(buf, -1, 2), c.name());
            assertEquals(c.reference().applyAsInt(new byte[5]), c.algorithm().compute(buf, 0, 5), c.name());
        }
    }
}
