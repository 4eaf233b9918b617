package io.wireform.samples.constructs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Byte-level behaviour of {@code @Const}, {@code @When} ranges and negation, and {@code @Half}. */
class FieldsTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void constantsAreWrittenAsGivenAndCheckedBothWays() {
        Fields.Versioned v = new Fields.Versioned((short) 4, 0b0010, 0, Fields.Kind.CONTROL, true);
        assertEquals("04200201", HEX.formatHex(Fields_VersionedCodec.INSTANCE.encode(v)));
        assertEquals(v, Fields_VersionedCodec.INSTANCE.decode(HEX.parseHex("04200201")));
        // each constant wrong on the wire, at its own offset and path
        assertWrong("05200201", 0, "Versioned.version", "4", "5");
        assertWrong("04300201", 1, "Versioned.flags", "2", "3");
        assertWrong("04210201", 1, "Versioned.reserved", "0", "1");
        assertWrong("04200101", 2, "Versioned.kind", "2", "1");
        assertWrong("04200202", 3, "Versioned.on", "1", "2");
        // and in the record
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> Fields_VersionedCodec.INSTANCE.encode(
                new Fields.Versioned((short) 4, 0b0011, 0, Fields.Kind.CONTROL, true)));
        assertEquals("Versioned.flags", e.fieldPath());
        assertThrows(WireEncodeException.class, () -> Fields_VersionedCodec.INSTANCE.encode(
                new Fields.Versioned((short) 4, 0b0010, 0, Fields.Kind.DATA, true)));
        assertThrows(WireEncodeException.class, () -> Fields_VersionedCodec.INSTANCE.encode(
                new Fields.Versioned((short) 4, 0b0010, 0, Fields.Kind.CONTROL, false)));
    }

    private static void assertWrong(String hex, int offset, String path, String expected, String actual) {
        WireDecodeException e = assertThrows(WireDecodeException.class,
                () -> Fields_VersionedCodec.INSTANCE.decode(HEX.parseHex(hex)));
        assertEquals(offset, e.offset(), hex);
        assertEquals(path, e.fieldPath(), hex);
        assertEquals(expected, e.expected(), hex);
        assertEquals(actual, e.actual(), hex);
    }

    @Test
    void conditionsByRangeAndNegation() {
        var codec = Fields_ConditionalCodec.INSTANCE;
        // length 5: id present (1..63), plain false: crc present, no extra, bit 7 clear: low present
        Fields.Conditional a = new Fields.Conditional((short) 5, Optional.of(new byte[] {1, 2}), false,
                Optional.of((short) 9), Optional.empty(), Optional.of((short) 7));
        assertEquals("05 0102 00 09 07".replace(" ", ""), HEX.formatHex(codec.encode(a)));
        // length 0: no id; plain: no crc
        Fields.Conditional b = new Fields.Conditional((short) 0, Optional.empty(), true, Optional.empty(),
                Optional.empty(), Optional.of((short) 3));
        assertEquals("000103", HEX.formatHex(codec.encode(b)));
        // length 201: extra present, bit 7 set: no low
        Fields.Conditional c = new Fields.Conditional((short) 201, Optional.empty(), true, Optional.empty(),
                Optional.of((short) 8), Optional.empty());
        assertEquals("c90108", HEX.formatHex(codec.encode(c)));
        for (Fields.Conditional value : new Fields.Conditional[] {a, b, c}) {
            byte[] bytes = codec.encode(value);
            assertArrayEquals(bytes, codec.encode(codec.decode(bytes)));
            assertEquals(bytes.length, codec.frameLength(java.nio.ByteBuffer.wrap(bytes)));
        }
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> codec.encode(new Fields.Conditional(
                (short) 64, Optional.of(new byte[2]), true, Optional.empty(), Optional.empty(), Optional.of((short) 1))));
        assertEquals("Conditional.id", e.fieldPath());
        assertTrue(e.expected().contains("length is from 1 to 63"), e.expected());
        e = assertThrows(WireEncodeException.class, () -> codec.encode(new Fields.Conditional(
                (short) 0, Optional.empty(), true, Optional.of((short) 1), Optional.empty(), Optional.of((short) 1))));
        assertEquals("Conditional.crc", e.fieldPath());
        assertTrue(e.expected().contains("not (plain)"), e.expected());
    }

    @Test
    void halvesAreWhatPythonStructWrites() {
        // struct.pack('>e', x) and struct.pack('<e', x), CPython 3.11
        float[] values = {1.0f, 1.5f, 65504f, 0.1f, 1e-7f, -2f, Float.POSITIVE_INFINITY, 5.960464477539063e-08f,
            2.980232238769531e-08f, 65519.99f, 0.333333f, 3.0517578125e-05f};
        String[] big = {"3c00", "3e00", "7bff", "2e66", "0002", "c000", "7c00", "0001", "0000", "7bff", "3555", "0200"};
        for (int i = 0; i < values.length; i++) {
            String little = big[i].substring(2) + big[i].substring(0, 2);
            byte[] bytes = Fields_HalvesCodec.INSTANCE.encode(new Fields.Halves(values[i], values[i]));
            assertEquals(big[i] + little, HEX.formatHex(bytes), "value " + values[i]);
        }
        // every half decodes to a float that encodes back to the same half
        for (int bits = 0; bits < 0x10000; bits++) {
            int exponent = bits >>> 10 & 0x1F;
            if (exponent == 0x1F && (bits & 0x3FF) != 0) {
                continue; // NaN: stays a NaN, its payload is not compared
            }
            byte[] frame = {(byte) (bits >>> 8), (byte) bits, (byte) bits, (byte) (bits >>> 8)};
            assertArrayEquals(frame, Fields_HalvesCodec.INSTANCE.encode(Fields_HalvesCodec.INSTANCE.decode(frame)),
                    Integer.toHexString(bits));
        }
        WireEncodeException e = assertThrows(WireEncodeException.class,
                () -> Fields_HalvesCodec.INSTANCE.encode(new Fields.Halves(65520f, 0)));
        assertEquals("Halves.big", e.fieldPath());
        assertTrue(Float.isNaN(Fields_HalvesCodec.INSTANCE.decode(HEX.parseHex("7e000000")).big()));
    }
}
