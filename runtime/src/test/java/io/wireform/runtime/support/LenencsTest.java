package io.wireform.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Length-encoded integers and NULL markers at the byte level, and random values through every cut. */
class LenencsTest {
    private static final HexFormat HEX = HexFormat.of();

    private static String encode(long v) {
        ByteBuffer out = ByteBuffer.allocate(9);
        int n = Lenencs.put(out, 0, v);
        assertEquals(Lenencs.sizeOf(v), n);
        return HEX.formatHex(out.array(), 0, n);
    }

    @Test
    void formsAtTheirBoundaries() {
        assertEquals("00", encode(0));
        assertEquals("fa", encode(250));
        assertEquals("fcfb00", encode(251));
        assertEquals("fcffff", encode(0xFFFF));
        assertEquals("fd000001", encode(0x1_0000));
        assertEquals("fdffffff", encode(0xFF_FFFF));
        assertEquals("fe0000000100000000", encode(0x100_0000));
        assertEquals("feffffffffffffff7f", encode(Long.MAX_VALUE));
        assertEquals("feffffffffffffffff", encode(-1L));
    }

    @Test
    void randomValuesRoundTripAndEveryCutNeedsMore() {
        long seed = 20261203L;
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            long v = switch (random.nextInt(5)) {
                case 0 -> random.nextInt(251);
                case 1 -> random.nextInt(1 << 16);
                case 2 -> random.nextInt(1 << 24);
                case 3 -> random.nextLong();
                default -> (1L << random.nextInt(64)) - random.nextInt(3);
            };
            ByteBuffer buf = ByteBuffer.allocate(12);
            int n = Lenencs.put(buf, 2, v);
            assertEquals(n, Lenencs.length(buf, 0, 2, buf.capacity(), false, "v"), "seed " + seed + " value " + v);
            assertEquals(v, Lenencs.get(buf, 2), "seed " + seed);
            for (int cut = 2; cut < 2 + n; cut++) {
                assertEquals(Lenencs.NEED_MORE, Lenencs.length(buf, 0, 2, cut, false, "v"), "seed " + seed + " cut " + cut);
                int limit = cut;
                assertThrows(TruncatedFrameException.class, () -> Lenencs.end(buf, 0, 2, limit, false, "v"));
                assertThrows(WireDecodeException.class, () -> Lenencs.endInRegion(buf, 0, 2, limit, false, "v"));
            }
        }
    }

    @Test
    void nullAndFf() {
        ByteBuffer fb = ByteBuffer.wrap(HEX.parseHex("fb"));
        assertEquals(1, Lenencs.length(fb, 0, 0, 1, true, "v"));
        assertEquals(Lenencs.NULL_VALUE, Lenencs.get(fb, 0));
        assertTrue(Nulls.lenenc(fb, 0));
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> Lenencs.length(fb, 0, 0, 1, false, "v"));
        assertEquals("0xFB (NULL, which this field does not allow)", e.actual());
        ByteBuffer ff = ByteBuffer.wrap(HEX.parseHex("ff"));
        assertThrows(WireDecodeException.class, () -> Lenencs.length(ff, 0, 0, 1, true, "v"));
        assertFalse(Nulls.lenenc(ff, 0));
    }

    @Test
    void allOnesMarkers() {
        ByteBuffer out = ByteBuffer.allocate(6);
        Nulls.putAllOnes(out, 1, 4);
        assertEquals("00ffffffff00", HEX.formatHex(out.array()));
        assertTrue(Nulls.allOnes(out, 1, 4));
        assertFalse(Nulls.allOnes(out, 0, 4));
        assertFalse(Nulls.allOnes(out, 2, 4));
    }
}
