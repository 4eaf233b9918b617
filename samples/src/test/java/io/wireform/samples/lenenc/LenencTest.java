package io.wireform.samples.lenenc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import io.wireform.runtime.stream.FrameReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** MySQL/MariaDB length-encoded integers: the forms at every boundary, what decode refuses, and every cut. */
class LenencTest {
    private static final HexFormat HEX = HexFormat.of();

    /** The bytes of {@code small} alone: the rest of the record is four one-byte zeros. */
    private static String values(long small) {
        String hex = HEX.formatHex(Lenenc_ValuesCodec.INSTANCE.encode(
                new Lenenc.Values((int) small, 0, "", new byte[0], List.of())));
        assertTrue(hex.endsWith("00000000"), hex);
        return hex.substring(0, hex.length() - 8);
    }

    @Test
    void eachFormAtItsBoundaries() {
        // the documented forms: < FB one byte; FC + 2, FD + 3, FE + 8 bytes, little-endian
        assertEquals("00", values(0));
        assertEquals("fa", values(250));
        assertEquals("fcfb00", values(251));
        assertEquals("fcffff", values(65_535));
        assertEquals("fd000001", values(65_536));
        assertEquals("fdffffff", values(16_777_215));
        assertEquals("fe0000000100000000", values(16_777_216));
        assertEquals("feffffff7f00000000", values(Integer.MAX_VALUE));
        // a long carries the unsigned 64-bit range: -1 is 2^64 - 1
        byte[] big = Lenenc_ValuesCodec.INSTANCE.encode(new Lenenc.Values(0, -1L, "", new byte[0], List.of()));
        assertEquals("00feffffffffffffffff000000", HEX.formatHex(big));
        assertEquals(-1L, Lenenc_ValuesCodec.INSTANCE.decode(big).big());
    }

    @Test
    void prefixesAndCountsUseTheSameForms() {
        Lenenc.Values v = new Lenenc.Values(1, 300, "a".repeat(251), new byte[] {9}, List.of(0L, 251L));
        byte[] bytes = Lenenc_ValuesCodec.INSTANCE.encode(v);
        String hex = HEX.formatHex(bytes);
        assertEquals("01" + "fc2c01" + "fcfb00" + "61".repeat(251) + "01" + "09" + "02" + "00" + "fcfb00", hex);
        Lenenc.Values back = Lenenc_ValuesCodec.INSTANCE.decode(bytes);
        assertEquals(v.text(), back.text());
        assertEquals(v.numbers(), back.numbers());
        assertEquals(bytes.length, Lenenc_ValuesCodec.INSTANCE.frameLength(ByteBuffer.wrap(bytes)));
        assertEquals(bytes.length, Lenenc_ValuesCodec.INSTANCE.sizeOf(v));
    }

    @Test
    void longerFormsThanNeededAreAcceptedAndWrittenMinimally() {
        // FC 05 00 for 5, FE ... for 1: what MariaDB's client library accepts
        byte[] wide = HEX.parseHex("fc0500" + "fe0100000000000000" + "00" + "00" + "00");
        Lenenc.Values v = Lenenc_ValuesCodec.INSTANCE.decode(wide);
        assertEquals(5, v.small());
        assertEquals(1, v.big());
        assertEquals(wide.length, Lenenc_ValuesCodec.INSTANCE.frameLength(ByteBuffer.wrap(wide)));
        assertEquals("0501000000", HEX.formatHex(Lenenc_ValuesCodec.INSTANCE.encode(v)));
    }

    @Test
    void nullAndFfAreNoNumbers() {
        for (String first : new String[] {"fb", "ff"}) {
            byte[] bytes = HEX.parseHex(first + "00000000");
            WireDecodeException e = assertThrows(WireDecodeException.class,
                    () -> Lenenc_ValuesCodec.INSTANCE.decode(bytes));
            assertEquals(0, e.offset());
            assertEquals("Values.small", e.fieldPath());
            assertTrue(e.expected().contains("first byte 00-FA, FC, FD or FE"), e.expected());
            assertEquals(first.equals("fb") ? "0xFB (NULL, which this field does not allow)" : "0xFF", e.actual());
            assertThrows(WireDecodeException.class, () -> Lenenc_ValuesCodec.INSTANCE.frameLength(ByteBuffer.wrap(bytes)));
        }
        // an int too large for its component, a count too large for the input
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> Lenenc_ValuesCodec.INSTANCE.decode(
                HEX.parseHex("fe0000008000000000" + "00000000")));
        assertEquals("Values.small", e.fieldPath());
        assertThrows(WireEncodeException.class, () -> Lenenc_ValuesCodec.INSTANCE.encode(
                new Lenenc.Values(-1, 0, "", new byte[0], List.of())));
    }

    @Test
    void everyCutIsTruncatedNotMalformed() {
        byte[] bytes = Lenenc_ValuesCodec.INSTANCE.encode(
                new Lenenc.Values(70_000, 1L << 40, "x".repeat(300), new byte[3], List.of(1L << 20)));
        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] prefix = Arrays.copyOf(bytes, cut);
            int length = Lenenc_ValuesCodec.INSTANCE.frameLength(ByteBuffer.wrap(prefix));
            assertTrue(length < 0 || length == bytes.length, "cut at " + cut);
            assertThrows(TruncatedFrameException.class, () -> Lenenc_ValuesCodec.INSTANCE.decode(prefix), "cut at " + cut);
        }
    }

    @Test
    void lengthsAndTags() {
        assertEquals("03" + "07" + "01" + "61", HEX.formatHex(Lenenc_FramedCodec.INSTANCE.encode(new Lenenc.Framed((byte) 7, "a"))));
        // a length that counts itself: 249 bytes and its one byte are 250, still one byte; 250 bytes and one
        // byte would be 251, which needs FC and two bytes: 253 in all
        assertEquals("fa", HEX.formatHex(Lenenc_SelfCountedCodec.INSTANCE.encode(new Lenenc.SelfCounted(new byte[249])), 0, 1));
        byte[] rest = new byte[250];
        byte[] self = Lenenc_SelfCountedCodec.INSTANCE.encode(new Lenenc.SelfCounted(rest));
        assertEquals("fcfd00", HEX.formatHex(self, 0, 3));
        assertEquals(253, self.length);
        assertArrayEquals(rest, Lenenc_SelfCountedCodec.INSTANCE.decode(self).rest());
        assertEquals(253, Lenenc_SelfCountedCodec.INSTANCE.frameLength(ByteBuffer.wrap(self)));
        assertEquals("0301" + "2a", HEX.formatHex(Lenenc_TaggedCodec.INSTANCE.encode(new Lenenc.Tagged.Small((byte) 42))));
        assertEquals("fd701101" + "03" + "026869",
                HEX.formatHex(Lenenc_TaggedCodec.INSTANCE.encode(new Lenenc.Tagged.Large("hi"))));
        assertEquals(new Lenenc.Tagged.Large("hi"), Lenenc_TaggedCodec.INSTANCE.decode(HEX.parseHex("fd701101" + "03" + "026869")));
    }

    @Test
    void nullMarkersBothWays() {
        var codec = Lenenc_NullablesCodec.INSTANCE;
        Lenenc.Nullables none = new Lenenc.Nullables(Optional.empty(), Optional.empty(), Optional.empty(), (byte) 7);
        assertEquals("ffffffff" + "fb" + "ff" + "07", HEX.formatHex(codec.encode(none)));
        Lenenc.Nullables empty = new Lenenc.Nullables(Optional.of(new byte[0]), Optional.of(""), Optional.of(""), (byte) 7);
        assertEquals("00000000" + "00" + "00" + "07", HEX.formatHex(codec.encode(empty)));
        Lenenc.Nullables some = new Lenenc.Nullables(Optional.of(new byte[] {0x2a}), Optional.of("ab"), Optional.of("c"),
                (byte) 7);
        assertEquals("000000012a" + "026162" + "0163" + "07", HEX.formatHex(codec.encode(some)));
        for (Lenenc.Nullables v : List.of(none, empty, some)) {
            byte[] bytes = codec.encode(v);
            Lenenc.Nullables back = codec.decode(bytes);
            assertEquals(v.pg().map(HEX::formatHex), back.pg().map(HEX::formatHex));
            assertEquals(v.maria(), back.maria());
            assertEquals(v.small(), back.small());
            assertEquals(bytes.length, codec.frameLength(ByteBuffer.wrap(bytes)));
            assertEquals(bytes.length, codec.sizeOf(v));
            for (int cut = 0; cut < bytes.length; cut++) {
                byte[] prefix = Arrays.copyOf(bytes, cut);
                // a cut frame's length is either still unknown or known in full
                int length = codec.frameLength(ByteBuffer.wrap(prefix));
                assertTrue(length < 0 || length == bytes.length, "cut at " + cut);
                assertThrows(TruncatedFrameException.class, () -> codec.decode(prefix), "cut at " + cut);
            }
        }
        // a one-byte prefix holds lengths up to FE: FF is NULL
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> codec.encode(new Lenenc.Nullables(
                Optional.empty(), Optional.empty(), Optional.of("x".repeat(255)), (byte) 0)));
        assertEquals("Nullables.small", e.fieldPath());
        assertEquals(Optional.of("x".repeat(254)), codec.decode(codec.encode(new Lenenc.Nullables(
                Optional.empty(), Optional.empty(), Optional.of("x".repeat(254)), (byte) 0))).small());
        // only FB is NULL in a lenenc prefix; FF is still no length
        WireDecodeException d = assertThrows(WireDecodeException.class,
                () -> codec.decode(HEX.parseHex("ffffffff" + "ff" + "ff" + "07")));
        assertEquals(4, d.offset());
        assertEquals("Nullables.maria", d.fieldPath());
        // other large values of a four-byte prefix are lengths, cut short here
        assertThrows(TruncatedFrameException.class, () -> codec.decode(HEX.parseHex("fffffffe" + "fb" + "ff" + "07")));
    }

    @Test
    void streamsSplitAnywhere() {
        List<Lenenc.Tagged> messages = List.of(new Lenenc.Tagged.Large("x".repeat(70_000)), new Lenenc.Tagged.Small((byte) 1),
                new Lenenc.Tagged.Large(""), new Lenenc.Tagged.Large("y".repeat(300)));
        assertSplits(Lenenc_TaggedCodec.INSTANCE, messages, 1);
        List<Lenenc.Values> values = List.of(new Lenenc.Values(250, 251, "z".repeat(65_536), new byte[2], List.of(-1L)),
                new Lenenc.Values(0, 0, "", new byte[0], List.of()));
        assertSplits(Lenenc_ValuesCodec.INSTANCE, values, 2);
        List<Lenenc.Nullables> nullables = List.of(
                new Lenenc.Nullables(Optional.empty(), Optional.of("m".repeat(70_000)), Optional.empty(), (byte) 1),
                new Lenenc.Nullables(Optional.of(new byte[300]), Optional.empty(), Optional.of("s"), (byte) 2));
        assertSplits(Lenenc_NullablesCodec.INSTANCE, nullables, 3);
    }

    private static <T> void assertSplits(WireCodec<T> codec, List<T> messages, long seed) {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        messages.forEach(m -> stream.writeBytes(codec.encode(m)));
        byte[] bytes = stream.toByteArray();
        Random random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            List<T> out = new ArrayList<>();
            FrameReader<T> reader = FrameReader.builder(codec).initialCapacity(16).build();
            for (int at = 0; at < bytes.length; ) {
                int length = Math.min(bytes.length - at, round == 0 ? 1 : 1 + random.nextInt(round < 20 ? 12 : 5000));
                reader.feed(ByteBuffer.wrap(bytes, at, length), out::add);
                at += length;
            }
            reader.endOfStream(out::add);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            out.forEach(m -> again.writeBytes(codec.encode(m)));
            assertArrayEquals(bytes, again.toByteArray(), "seed " + seed + " round " + round);
        }
    }
}
