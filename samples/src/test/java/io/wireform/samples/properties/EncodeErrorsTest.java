package io.wireform.samples.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireEncodeException;
import io.wireform.samples.properties.BytesSchemas.PrefixedBytes;
import io.wireform.samples.properties.BytesSchemas.PrefixedStrings;
import io.wireform.samples.properties.BytesSchemas.SizedBytes;
import io.wireform.samples.properties.BytesSchemas.TerminatedText;
import io.wireform.samples.properties.LengthSchemas.LengthAdjustedPrefixed;
import io.wireform.samples.properties.LengthSchemas.LengthOfNested;
import io.wireform.samples.properties.ListSchemas.CountedByLists;
import io.wireform.samples.properties.ListSchemas.CountedLists;
import io.wireform.samples.properties.ListSchemas.EnumListsCountFirst;
import io.wireform.samples.properties.ListSchemas.Named;
import io.wireform.samples.properties.ListSchemas.NestedLists;
import io.wireform.samples.properties.ListSchemas.Point;
import io.wireform.samples.properties.ListSchemas.PrefixedLists;
import io.wireform.samples.properties.NumberSchemas.MsbBits;
import io.wireform.samples.properties.NumberSchemas.Varints;
import io.wireform.samples.properties.ProtocolSchemas.Cmd8;
import io.wireform.samples.properties.WhenSchemas.WhenAnyOf;
import io.wireform.samples.properties.WhenSchemas.WhenBool;
import io.wireform.samples.properties.WhenSchemas.WhenFlagBitsLast;
import io.wireform.samples.properties.WireEnums.Color;
import io.wireform.samples.properties.WireEnums.Mode;
import io.wireform.samples.properties.WireEnums.Wide;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Values the schema cannot carry: a WireEncodeException naming the field, from encode and sizeOf,
 * with nothing written and the output position unchanged.
 */
class EncodeErrorsTest {
    private static final byte SENTINEL = (byte) 0xA7;

    /** encode(value) fails at {@code path}; the output buffer is untouched. */
    static <T> WireEncodeException rejects(WireCodec<T> codec, T value, String path) {
        ByteBuffer out = ByteBuffer.allocate(4096);
        Arrays.fill(out.array(), SENTINEL);
        out.position(7);
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> codec.encode(value, out));
        assertEquals(path, e.fieldPath(), e.getMessage());
        assertEquals(7, out.position(), "output position after a failed encode");
        assertEquals(0, e.offset());
        WireEncodeException viaArray = assertThrows(WireEncodeException.class, () -> codec.encode(value));
        assertEquals(path, viaArray.fieldPath());
        return e;
    }

    /** Also: the bytes of the output are as they were. */
    static <T> WireEncodeException rejectsWritingNothing(WireCodec<T> codec, T value, String path) {
        ByteBuffer out = ByteBuffer.allocate(4096);
        Arrays.fill(out.array(), SENTINEL);
        out.position(7);
        WireEncodeException e = assertThrows(WireEncodeException.class, () -> codec.encode(value, out));
        assertEquals(path, e.fieldPath(), e.getMessage());
        assertEquals(7, out.position(), "output position after a failed encode");
        for (int i = 0; i < out.capacity(); i++) {
            assertEquals(SENTINEL, out.array()[i], "byte " + i + " written before the encode failed");
        }
        return e;
    }

    /** sizeOf fails too (it checks the same values), at the same path. */
    static <T> void sizeOfRejects(WireCodec<T> codec, T value, String path) {
        assertEquals(path, assertThrows(WireEncodeException.class, () -> codec.sizeOf(value)).fieldPath());
    }

    private static PrefixedBytes prefixedBytes(byte[] a, byte[] b) {
        return new PrefixedBytes(a, b, new byte[0], new byte[0], new byte[0], new byte[0]);
    }

    // ---- too long for the prefix

    @Test
    void tooLongForAUint8Prefix() {
        PrefixedBytes value = prefixedBytes(new byte[256], new byte[0]);
        WireEncodeException e = rejectsWritingNothing(BytesSchemas_PrefixedBytesCodec.INSTANCE, value, "PrefixedBytes.a");
        assertEquals("at most 255", e.expected());
        assertEquals("256", e.actual());
        sizeOfRejects(BytesSchemas_PrefixedBytesCodec.INSTANCE, value, "PrefixedBytes.a");
        // 255 is fine
        assertEquals(255 + 1 + 2 + 4 + 8 + 1 + 1,
                BytesSchemas_PrefixedBytesCodec.INSTANCE.encode(prefixedBytes(new byte[255], new byte[0])).length);
    }

    @Test
    void tooLongForAUint16Prefix() {
        rejectsWritingNothing(BytesSchemas_PrefixedBytesCodec.INSTANCE, prefixedBytes(new byte[0], new byte[65536]),
                "PrefixedBytes.b");
    }

    @Test
    void stringMeasuredInEncodedBytes() {
        // 128 x U+00E9 is 128 chars but 256 UTF-8 bytes
        String text = "\u00e9".repeat(128);
        WireEncodeException e = rejectsWritingNothing(BytesSchemas_PrefixedStringsCodec.INSTANCE,
                new PrefixedStrings(text, "", "", "", "", ""), "PrefixedStrings.a");
        assertEquals("256", e.actual());
    }

    @Test
    void tooManyElementsForAUint8Count() {
        PrefixedLists value = new PrefixedLists(java.util.Collections.nCopies(256, 1), List.of(), List.of(), List.of(),
                List.of(), List.of());
        rejectsWritingNothing(ListSchemas_PrefixedListsCodec.INSTANCE, value, "PrefixedLists.u16");
    }

    @Test
    void derivedLengthTooLargeForItsWidth() {
        // payload 253 + prefix 1 + adjust 2 = 256
        rejectsWritingNothing(LengthSchemas_LengthAdjustedPrefixedCodec.INSTANCE, new LengthAdjustedPrefixed(new byte[253]),
                "LengthAdjustedPrefixed.<length>");
        LengthSchemas_LengthAdjustedPrefixedCodec.INSTANCE.encode(new LengthAdjustedPrefixed(new byte[252]));
    }

    // ---- lengths and counts carried by other components

    @Test
    void sizedByDisagreesWithTheArray() {
        SizedBytes value = new SizedBytes(3, 0, new byte[2], "", 0, new byte[0]);
        WireEncodeException e = rejectsWritingNothing(BytesSchemas_SizedBytesCodec.INSTANCE, value, "SizedBytes.a");
        assertEquals("2", e.actual());
        sizeOfRejects(BytesSchemas_SizedBytesCodec.INSTANCE, value, "SizedBytes.a");
    }

    @Test
    void sizedByCountsEncodedBytesOfAString() {
        rejectsWritingNothing(BytesSchemas_SizedBytesCodec.INSTANCE, new SizedBytes(0, 1, new byte[0], "\u00e9", 0, new byte[0]),
                "SizedBytes.s");
    }

    @Test
    void sizedByAVarintDisagrees() {
        rejectsWritingNothing(BytesSchemas_SizedBytesCodec.INSTANCE, new SizedBytes(0, 0, new byte[0], "", 5, new byte[4]),
                "SizedBytes.b");
    }

    @Test
    void countOfTheWrongSize() {
        CountedLists value = new CountedLists(List.of(1, 2), List.of((short) 1, (short) 2), List.of(true, false),
                List.of(1.0, 2.0), List.of(new Point((short) 1, (short) 2), new Point((short) 1, (short) 2)), new byte[0]);
        WireEncodeException e = rejectsWritingNothing(ListSchemas_CountedListsCodec.INSTANCE, value, "CountedLists.u16");
        assertEquals("2", e.actual());
    }

    @Test
    void countedByDisagrees() {
        rejectsWritingNothing(ListSchemas_CountedByListsCodec.INSTANCE,
                new CountedByLists(3, 0, List.of((short) 1, (short) 2), List.of()), "CountedByLists.shorts");
    }

    // ---- optionals

    @Test
    void optionalPresentWhenTheBooleanIsFalse() {
        rejectsWritingNothing(WhenSchemas_WhenBoolCodec.INSTANCE,
                new WhenBool(false, Optional.of(1), Optional.empty(), (byte) 0), "WhenBool.value");
    }

    @Test
    void optionalAbsentWhenTheBooleanIsTrue() {
        rejectsWritingNothing(WhenSchemas_WhenBoolCodec.INSTANCE,
                new WhenBool(true, Optional.of(1), Optional.empty(), (byte) 0), "WhenBool.point");
    }

    @Test
    void optionalPresentWhenTheBitIsClear() {
        rejectsWritingNothing(WhenSchemas_WhenFlagBitsLastCodec.INSTANCE,
                new WhenFlagBitsLast(0x01, Optional.of(1), Optional.of(new Named("", 0))), "WhenFlagBitsLast.b");
    }

    @Test
    void optionalPresentForAValueNotInAnyOf() {
        rejectsWritingNothing(WhenSchemas_WhenAnyOfCodec.INSTANCE,
                new WhenAnyOf(2, Optional.of(1L), Optional.of(1), Optional.empty(), (byte) 0), "WhenAnyOf.big");
    }

    // ---- terminators

    @Test
    void terminatedStringContainingItsTerminator() {
        rejectsWritingNothing(BytesSchemas_TerminatedTextCodec.INSTANCE,
                new TerminatedText("a\0b", "", new byte[0], new byte[0], (byte) 0), "TerminatedText.nul");
        rejectsWritingNothing(BytesSchemas_TerminatedTextCodec.INSTANCE,
                new TerminatedText("", "a\r\nb", new byte[0], new byte[0], (byte) 0), "TerminatedText.line");
        rejectsWritingNothing(BytesSchemas_TerminatedTextCodec.INSTANCE,
                new TerminatedText("", "", new byte[] {1, 0}, new byte[0], (byte) 0), "TerminatedText.raw");
        rejectsWritingNothing(BytesSchemas_TerminatedTextCodec.INSTANCE,
                new TerminatedText("", "", new byte[0], new byte[] {0x0D, 0x0A}, (byte) 0), "TerminatedText.rawLine");
    }

    // ---- nulls

    @Test
    void nullComponents() {
        rejectsWritingNothing(BytesSchemas_PrefixedBytesCodec.INSTANCE, prefixedBytes(null, new byte[0]), "PrefixedBytes.a");
        rejectsWritingNothing(BytesSchemas_PrefixedStringsCodec.INSTANCE, new PrefixedStrings("", "", "", "", null, ""),
                "PrefixedStrings.e");
        rejectsWritingNothing(ListSchemas_PrefixedListsCodec.INSTANCE,
                new PrefixedLists(List.of(), null, List.of(), List.of(), List.of(), List.of()), "PrefixedLists.longs");
        rejectsWritingNothing(WhenSchemas_WhenBoolCodec.INSTANCE, new WhenBool(false, null, Optional.empty(), (byte) 0),
                "WhenBool.value");
        rejectsWritingNothing(LengthSchemas_LengthOfNestedCodec.INSTANCE, new LengthOfNested(null, (byte) 0),
                "LengthOfNested.inner");
        rejectsWritingNothing(ListSchemas_EnumListsCountFirstCodec.INSTANCE,
                new EnumListsCountFirst(List.of(Wide.ZERO, Wide.ZERO), List.of(), null), "EnumListsCountFirst.littleWides");
        rejectsWritingNothing(NumberSchemas_MsbBitsCodec.INSTANCE, new MsbBits(true, 1, null, (byte) 0), "MsbBits.mode");
        rejectsWritingNothing(ProtocolSchemas_Cmd8Codec.INSTANCE, new Cmd8.Echo(null), "Cmd8.Echo.data");
    }

    @Test
    void nullProtocolMessageIntoABuffer() {
        ByteBuffer out = ByteBuffer.allocate(8);
        assertEquals("Cmd8", assertThrows(WireEncodeException.class,
                () -> ProtocolSchemas_Cmd8Codec.INSTANCE.encode(null, out)).fieldPath());
        assertEquals(0, out.position());
    }

    @Test
    void nullMessage() {
        assertEquals("Cmd8", assertThrows(WireEncodeException.class,
                () -> ProtocolSchemas_Cmd8Codec.INSTANCE.encode(null)).fieldPath());
        assertEquals("Cmd8", assertThrows(WireEncodeException.class,
                () -> ProtocolSchemas_Cmd8Codec.INSTANCE.sizeOf(null)).fieldPath());
        assertEquals("PrefixedBytes", assertThrows(WireEncodeException.class,
                () -> BytesSchemas_PrefixedBytesCodec.INSTANCE.encode(null)).fieldPath());
        assertEquals("PrefixedBytes", assertThrows(WireEncodeException.class,
                () -> BytesSchemas_PrefixedBytesCodec.INSTANCE.encode(null, ByteBuffer.allocate(64))).fieldPath());
    }

    @Test
    void nullInsideAVariableSizeNestedValue() {
        rejectsWritingNothing(ListSchemas_NestedListsCodec.INSTANCE,
                new NestedLists(List.of(), List.of(new Named("a", 1), new Named(null, 1)), 0, List.of(), List.of()),
                "NestedLists.pair[].name");
    }

    @Test
    void nullListElement() {
        rejects(ListSchemas_PrefixedListsCodec.INSTANCE,
                new PrefixedLists(Arrays.asList(1, null), List.of(), List.of(), List.of(), List.of(), List.of()),
                "PrefixedLists.u16[]");
    }

    @Test
    void nullListElementAfterANestedOneKeepsThePosition() {
        rejects(ListSchemas_NestedListsCodec.INSTANCE,
                new NestedLists(Arrays.asList(new Point((short) 1, (short) 1), null), List.of(new Named("", 0),
                        new Named("", 0)), 0, List.of(), List.of()), "NestedLists.points[]");
        rejects(ListSchemas_NestedListsCodec.INSTANCE,
                new NestedLists(List.of(), Arrays.asList(new Named("", 0), null), 0, List.of(), List.of()),
                "NestedLists.pair[]");
    }

    // ---- numbers out of range

    @Test
    void listElementOutOfRange() {
        WireEncodeException e = rejects(ListSchemas_PrefixedListsCodec.INSTANCE,
                new PrefixedLists(List.of(1, 0x10000), List.of(), List.of(), List.of(), List.of(), List.of()),
                "PrefixedLists.u16[]");
        assertEquals("65536", e.actual());
        rejects(ListSchemas_PrefixedListsCodec.INSTANCE,
                new PrefixedLists(List.of(), List.of(), List.of(), List.of(), List.of(-1L), List.of()), "PrefixedLists.u32[]");
    }

    @Test
    void varintsOutOfRange() {
        rejectsWritingNothing(NumberSchemas_VarintsCodec.INSTANCE, new Varints(-1, 0, 0, 0, 0, 0), "Varints.a");
        rejectsWritingNothing(NumberSchemas_VarintsCodec.INSTANCE, new Varints(0, 0, 0, 0, 268_435_456, 0), "Varints.e");
        rejectsWritingNothing(NumberSchemas_VarintsCodec.INSTANCE, new Varints(0, 0, 0, 0, -1, 0), "Varints.e");
        rejectsWritingNothing(NumberSchemas_VarintsCodec.INSTANCE, new Varints(0, 0, 0, 0, 0, 1L << 28), "Varints.f");
    }

    @Test
    void bitFieldOutOfRange() {
        WireEncodeException e = rejectsWritingNothing(NumberSchemas_MsbBitsCodec.INSTANCE,
                new MsbBits(false, 8, Mode.OFF, (byte) 0), "MsbBits.priority");
        assertEquals("8", e.actual());
        rejectsWritingNothing(NumberSchemas_MsbBitsCodec.INSTANCE, new MsbBits(false, -1, Mode.OFF, (byte) 0),
                "MsbBits.priority");
    }

    @Test
    void fallbackConstantWithoutACode() {
        rejects(ListSchemas_EnumListsCountFirstCodec.INSTANCE,
                new EnumListsCountFirst(List.of(Wide.ZERO, Wide.ZERO), List.of(Color.RED, Color.UNKNOWN), List.of()),
                "EnumListsCountFirst.colors[]");
    }

    // ---- paths through nested values and protocols

    @Test
    void errorInsideANestedListElement() {
        Named tooLong = new Named("x".repeat(256), 0);
        rejectsWritingNothing(ListSchemas_NestedListsCodec.INSTANCE,
                new NestedLists(List.of(), List.of(new Named("", 0), tooLong), 0, List.of(), List.of()),
                "NestedLists.pair[].name");
    }

    @Test
    void errorInsideAProtocolRecord() {
        rejectsWritingNothing(ProtocolSchemas_Cmd8Codec.INSTANCE, new Cmd8.Echo(new byte[256]), "Cmd8.Echo.data");
    }
}
