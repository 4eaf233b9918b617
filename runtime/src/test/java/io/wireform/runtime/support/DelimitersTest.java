package io.wireform.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DelimitersTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    private static final byte[] NUL = {0};
    private static final byte[] CRLF = {0x0D, 0x0A};

    /** A buffer holding some bytes at absolute index {@code base}. */
    record Placed(String kind, ByteBuffer buf, int base) {}

    /** The same bytes in every kind of buffer, with non-zero position/arrayOffset and filler around. */
    static List<Placed> placements(byte[] content) {
        List<Placed> out = new ArrayList<>();
        int pad = 6;
        byte[] arr = new byte[pad + content.length + pad];
        Arrays.fill(arr, (byte) 0x5A);
        System.arraycopy(content, 0, arr, pad, content.length);
        out.add(new Placed("heap", ByteBuffer.wrap(content.clone()), 0));
        ByteBuffer slice = ByteBuffer.wrap(arr.clone(), 3, arr.length - 3).slice();
        slice.position(2);
        out.add(new Placed("heap slice", slice, pad - 3));
        ByteBuffer direct = ByteBuffer.allocateDirect(arr.length).put(arr);
        direct.position(1);
        out.add(new Placed("direct", direct, pad));
        ByteBuffer ro = ByteBuffer.wrap(arr.clone(), 1, arr.length - 1).slice().asReadOnlyBuffer();
        ro.position(4);
        out.add(new Placed("read-only heap slice", ro, pad - 1));
        ByteBuffer roDirect = ByteBuffer.allocateDirect(arr.length).put(arr).position(2).slice().asReadOnlyBuffer();
        out.add(new Placed("read-only direct slice", roDirect, pad - 2));
        return out;
    }

    /**
     * indexOf over {@code text} from {@code from} to {@code limit} (relative to the text), on every kind
     * of buffer; checks it agrees everywhere and leaves position and limit alone; returns the index
     * relative to the text, or -1.
     */
    private static int find(byte[] text, int from, int limit, byte[] delimiter) {
        Integer result = null;
        for (Placed p : placements(text)) {
            int pos = p.buf().position();
            int lim = p.buf().limit();
            int found = Delimiters.indexOf(p.buf(), p.base() + from, p.base() + limit, delimiter);
            int relative = found < 0 ? -1 : found - p.base();
            if (result == null) {
                result = relative;
            }
            assertEquals(result, relative, p.kind());
            assertEquals(pos, p.buf().position(), p.kind());
            assertEquals(lim, p.buf().limit(), p.kind());
        }
        return result;
    }

    private static int find(String hexText, byte[] delimiter) {
        byte[] text = HEX.parseHex(hexText);
        return find(text, 0, text.length, delimiter);
    }

    private static int naive(byte[] text, int from, int limit, byte[] d) {
        for (int i = Math.max(from, 0); i + d.length <= limit; i++) {
            if (Arrays.equals(text, i, i + d.length, d, 0, d.length)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void singleByte() {
        assertEquals(0, find("00 41 42", NUL));
        assertEquals(1, find("41 00 42 00", NUL));
        assertEquals(2, find("41 42 00", NUL));
        assertEquals(-1, find("41 42 43", NUL));
        assertEquals(-1, find("", NUL));
        byte[] text = HEX.parseHex("00 41 00 42 00");
        assertEquals(2, find(text, 1, 5, NUL)); // at or after from
        assertEquals(2, find(text, 2, 5, NUL));
        assertEquals(-1, find(text, 3, 4, NUL)); // the 00 at 4 is at limit
        assertEquals(4, find(text, 3, 5, NUL));
        assertEquals(-1, find(text, 2, 2, NUL)); // empty range
        assertEquals(-1, find(text, 4, 2, NUL)); // from past limit
        assertEquals(1, find("41 ff 00", new byte[] {(byte) 0xFF})); // negative byte values
    }

    @Test
    void multiByte() {
        assertEquals(0, find("0d 0a 41", CRLF));
        assertEquals(3, find("41 42 43 0d 0a", CRLF));
        assertEquals(-1, find("41 0a 0d 42", CRLF));
        assertEquals(-1, find("0d", CRLF));
        assertEquals(-1, find("", CRLF));
        assertEquals(1, find("41 0d 0a 0d 0a", CRLF)); // the first of two
    }

    @Test
    void partialMatchThenMatch() {
        assertEquals(1, find("0d 0d 0a", CRLF));
        assertEquals(1, find("0d 0d 0d 0a", HEX.parseHex("0d 0d 0a")));
        assertEquals(3, find("61 62 61 61 62 61 62", HEX.parseHex("61 62 61 62")));
        assertEquals(2, find("31 32 31 32 31 32 33", HEX.parseHex("31 32 31 32 33"))); // long delimiter
        assertEquals(1, find("00 00 00 00 00 00 01", HEX.parseHex("00 00 00 00 00 01")));
    }

    @Test
    void delimiterStraddlingLimitIsNotFound() {
        byte[] text = HEX.parseHex("41 42 0d 0a 43");
        assertEquals(-1, find(text, 0, 3, CRLF)); // 0d before limit, 0a at limit
        assertEquals(2, find(text, 0, 4, CRLF));
        assertEquals(-1, find(text, 3, 5, CRLF)); // starts before from
        byte[] longDelim = "--boundary".getBytes(StandardCharsets.US_ASCII);
        byte[] body = "abc--boundary!".getBytes(StandardCharsets.US_ASCII);
        for (int limit = 0; limit < 13; limit++) {
            assertEquals(-1, find(body, 0, limit, longDelim), "limit " + limit);
        }
        assertEquals(3, find(body, 0, 13, longDelim));
        assertEquals(3, find(body, 3, 14, longDelim));
        assertEquals(-1, find(body, 4, 14, longDelim));
    }

    @Test
    void resumedSearchFindsDelimiterSplitAcrossArrivals() {
        // A reader that resumes at previousLimit - (k - 1) finds a delimiter that arrived in two pieces.
        byte[] stream = "GET /\r\nHost".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buf = ByteBuffer.wrap(stream);
        int from = 0;
        int found = -1;
        for (int limit = 1; limit <= stream.length && found < 0; limit++) {
            found = Delimiters.indexOf(buf, from, limit, CRLF);
            from = Math.max(from, limit - (CRLF.length - 1));
        }
        assertEquals(5, found);
    }

    @Test
    void emptyDelimiter() {
        ByteBuffer buf = ByteBuffer.wrap(new byte[4]);
        assertEquals(2, Delimiters.indexOf(buf, 2, 4, new byte[0]));
        assertEquals(4, Delimiters.indexOf(buf, 4, 4, new byte[0]));
        assertTrue(Delimiters.contains(new byte[0], new byte[0]));
    }

    @Test
    void badRangeIsAProgrammingError() {
        ByteBuffer buf = ByteBuffer.wrap(new byte[4]).limit(3);
        assertThrows(IndexOutOfBoundsException.class, () -> Delimiters.indexOf(buf, -1, 3, NUL));
        assertThrows(IndexOutOfBoundsException.class, () -> Delimiters.indexOf(buf, 0, 4, NUL));
    }

    @Test
    void containsValue() {
        assertTrue(Delimiters.contains("a\0b".getBytes(StandardCharsets.US_ASCII), NUL));
        assertFalse(Delimiters.contains("ab".getBytes(StandardCharsets.US_ASCII), NUL));
        assertFalse(Delimiters.contains(new byte[0], NUL));
        assertTrue(Delimiters.contains(HEX.parseHex("41 0d 0a"), CRLF));
        assertTrue(Delimiters.contains(HEX.parseHex("0d 0d 0a 41"), CRLF));
        assertFalse(Delimiters.contains(HEX.parseHex("0d 41 0a 0d"), CRLF));
        assertFalse(Delimiters.contains(HEX.parseHex("0d"), CRLF));
        assertTrue(Delimiters.contains(CRLF, CRLF));
        byte[] longDelim = "\r\n--xyz\r\n".getBytes(StandardCharsets.US_ASCII);
        assertTrue(Delimiters.contains("hello\r\n--xyz\r\nworld".getBytes(StandardCharsets.US_ASCII), longDelim));
        assertFalse(Delimiters.contains("hello\r\n--xyz\r".getBytes(StandardCharsets.US_ASCII), longDelim));
    }

    @Test
    void agreesWithNaiveSearchOnRandomSmallAlphabet() {
        // Two-letter alphabet: lots of partial matches and periodic delimiters, both code paths.
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            byte[] d = new byte[1 + random.nextInt(9)];
            for (int k = 0; k < d.length; k++) {
                d[k] = (byte) (random.nextBoolean() ? 'a' : 'b');
            }
            byte[] text = new byte[random.nextInt(24)];
            for (int k = 0; k < text.length; k++) {
                text[k] = (byte) (random.nextInt(5) == 0 ? 'b' : 'a');
            }
            int from = text.length == 0 ? 0 : random.nextInt(text.length + 1);
            int limit = from + random.nextInt(text.length - from + 1);
            ByteBuffer buf = ByteBuffer.wrap(text);
            int expected = naive(text, from, limit, d);
            String where = new String(text, StandardCharsets.US_ASCII) + " [" + from + "," + limit + ") "
                    + new String(d, StandardCharsets.US_ASCII);
            assertEquals(expected, Delimiters.indexOf(buf, from, limit, d), where);
            assertEquals(expected, Delimiters.twoWay(buf, from, limit, d), "twoWay " + where);
            assertEquals(expected, Delimiters.scan(buf, from, limit, d), "scan " + where);
            assertEquals(naive(text, 0, text.length, d) >= 0, Delimiters.contains(text, d), where);
        }
    }

    @Test
    void longDelimiterSearchIsLinearOnHostileInput() {
        // "aaa...a" searched for "aaa...ab" (10,000 bytes): a nested-loop search would make about
        // 10^10 comparisons (minutes); Two-Way makes at most 2n, milliseconds. The bound is loose.
        int n = 1_000_000;
        byte[] text = new byte[n];
        Arrays.fill(text, (byte) 'a');
        byte[] d = new byte[10_000];
        Arrays.fill(d, (byte) 'a');
        d[d.length - 1] = 'b';
        byte[] dFront = d.clone(); // "baaa...a": mismatch found at the other end
        dFront[0] = 'b';
        dFront[d.length - 1] = 'a';
        ByteBuffer direct = ByteBuffer.allocateDirect(n).put(text);
        assertTimeout(Duration.ofSeconds(5), () -> {
            assertEquals(-1, Delimiters.indexOf(ByteBuffer.wrap(text), 0, n, d));
            assertEquals(-1, Delimiters.indexOf(direct, 0, n, dFront));
            assertFalse(Delimiters.contains(text, d));
            text[n - 1] = 'b';
            assertEquals(n - d.length, Delimiters.indexOf(ByteBuffer.wrap(text), 0, n, d));
        });
    }
}
