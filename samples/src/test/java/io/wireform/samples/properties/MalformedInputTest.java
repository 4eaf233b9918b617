package io.wireform.samples.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wireform.runtime.ChecksumMismatchException;
import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.samples.properties.ListSchemas.EnumListsCountFirst;
import io.wireform.samples.properties.WireEnums.Color;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hand-written bad frames: each fails with the library's exception of the right type, at the right
 * offset, naming the right field, consuming nothing; no IndexOutOfBounds, BufferUnderflow,
 * NegativeArraySize or NullPointer escapes, and a hostile length allocates nothing.
 */
class MalformedInputTest {
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    /** Decodes {@code hex} (from index 3 of a buffer, after 3 junk bytes) and returns what it threw. */
    static <E extends WireException> E decodeFails(WireCodec<?> codec, String hex, Class<E> type) {
        byte[] frame = Hex.bytes(hex);
        ByteBuffer in = ByteBuffer.allocate(3 + frame.length);
        in.put(new byte[] {(byte) 0xEE, (byte) 0xEE, (byte) 0xEE}).put(frame).position(3);
        Throwable thrown = assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                Object value = codec.decode(in);
                fail("decoded " + hex + " to " + WireEquality.show(value));
                return null;
            } catch (Throwable t) {
                return t;
            }
        });
        if (!type.isInstance(thrown)) {
            throw new AssertionError("expected " + type.getSimpleName() + " for " + hex + ", got " + thrown, thrown);
        }
        assertEquals(3, in.position(), "a failed decode consumed input");
        assertTrue(thrown.getMessage() != null && !thrown.getMessage().isEmpty());
        return type.cast(thrown);
    }

    /** frameLength of {@code hex}: never a length shorter than the bytes that were needed, never a non-wire exception. */
    static Object frameLengthOf(WireCodec<?> codec, String hex) {
        byte[] frame = Hex.bytes(hex);
        return assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                return codec.frameLength(ByteBuffer.wrap(frame));
            } catch (WireException e) {
                return e;
            } catch (Throwable t) {
                throw new AssertionError("frameLength of " + hex + " threw " + t, t);
            }
        });
    }

    private static void where(WireException e, long offset, String path) {
        assertEquals(path, e.fieldPath(), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
    }

    // ---- truncated frames and lengths past the end

    @Test
    void truncatedInsideAPrefixedField() {
        // a = [aa], b announces 2 bytes, one is there
        TruncatedFrameException e = decodeFails(BytesSchemas_PrefixedBytesCodec.INSTANCE, "01 aa 0002 bb",
                TruncatedFrameException.class);
        where(e, 5, "PrefixedBytes.b");
        assertEquals(6, e.needed());
        assertEquals(5, e.available());
        // frameLength reads only prefixes: it needs c's prefix (bytes 6 to 9) before it can tell
        assertEquals(-10, frameLengthOf(BytesSchemas_PrefixedBytesCodec.INSTANCE, "01 aa 0002 bb"));
    }

    @Test
    void truncatedInsideTheFirstFixedRun() {
        TruncatedFrameException e = decodeFails(ChecksumSchemas_ModbusRtuReadCodec.INSTANCE, "01 03 00",
                TruncatedFrameException.class);
        where(e, 3, "ModbusRtuRead");
        assertEquals(8, e.needed());
        assertEquals(3, e.available());
    }

    @Test
    void emptyInput() {
        TruncatedFrameException e = decodeFails(NumberSchemas_VarintsCodec.INSTANCE, "", TruncatedFrameException.class);
        assertEquals(0, e.offset());
        assertEquals(0, e.available());
    }

    @Test
    void littleEndianLengthPastTheEnd() {
        // FF FF little-endian: 65535 bytes announced, 1 there
        TruncatedFrameException e = decodeFails(BytesSchemas_LittlePrefixesCodec.INSTANCE, "ffff aa",
                TruncatedFrameException.class);
        where(e, 3, "LittlePrefixes.a");
        assertEquals(2 + 65535, e.needed());
        assertEquals(3, e.available());
    }

    @Test
    void uint32LengthOfFourGigabytesAllocatesNothing() {
        // a = [], b = [], c announces 0xFFFFFFFF bytes
        TruncatedFrameException e = decodeFails(BytesSchemas_PrefixedBytesCodec.INSTANCE, "00 0000 ffffffff 0102",
                TruncatedFrameException.class);
        where(e, 9, "PrefixedBytes.c");
        assertEquals(7 + 0xFFFF_FFFFL, e.needed());
        assertEquals(9, e.available());
        Object length = frameLengthOf(BytesSchemas_PrefixedBytesCodec.INSTANCE, "00 0000 ffffffff 0102");
        assertTrue(length instanceof FrameTooLargeException || (length instanceof Integer n && n < -9),
                "frameLength of a 4 GiB frame: " + length);
    }

    @Test
    void uint32CountOfDoublesAllocatesNothing() {
        // u16 = [], longs = [], flags = [], doubles: 0xFFFFFFFF elements of 8 bytes
        TruncatedFrameException e = decodeFails(ListSchemas_PrefixedListsCodec.INSTANCE, "00 0000 00 ffffffff 3ff0",
                TruncatedFrameException.class);
        where(e, 10, "PrefixedLists.doubles");
        assertEquals(8 + 8 * 0xFFFF_FFFFL, e.needed());
    }

    @Test
    void varintLengthPastTheEnd() {
        // 0x0fffffff bytes announced by a varint
        TruncatedFrameException e = decodeFails(BytesSchemas_PrefixedBytesCodec.INSTANCE,
                "00 0000 00000000 0000000000000000 ffffff7f 01", TruncatedFrameException.class);
        where(e, 20, "PrefixedBytes.e");
        assertEquals(19 + 0x0FFF_FFFFL, e.needed());
    }

    @Test
    void uint64LengthNearLongMaxValue() {
        // d announces 0x7FFFFFFFFFFFFFF0 bytes: at + length overflows a long
        TruncatedFrameException e = decodeFails(BytesSchemas_PrefixedBytesCodec.INSTANCE,
                "00 0000 00000000 7ffffffffffffff0 aabb", TruncatedFrameException.class);
        where(e, 17, "PrefixedBytes.d");
        assertEquals(17, e.available());
    }

    @Test
    void uint64LengthNearLongMaxValueInFrameLength() {
        Object length = frameLengthOf(BytesSchemas_PrefixedBytesCodec.INSTANCE, "00 0000 00000000 7ffffffffffffff0 aabb");
        assertTrue(length instanceof FrameTooLargeException || (length instanceof Integer n && n < -17),
                "frameLength: " + length);
    }

    @Test
    void uint64LengthWithTheTopBitSet() {
        WireException e = decodeFails(BytesSchemas_PrefixedBytesCodec.INSTANCE,
                "00 0000 00000000 8000000000000000 aabb", WireException.class);
        assertEquals("PrefixedBytes.d", e.fieldPath());
        assertTrue(e instanceof TruncatedFrameException || e.offset() == 7, e.getMessage());
    }

    @Test
    void varintLengthNearLongMaxValue() {
        // e announces 2^63 - 1 bytes (nine bytes ff .. 7f)
        TruncatedFrameException e = decodeFails(BytesSchemas_PrefixedBytesCodec.INSTANCE,
                "00 0000 00000000 0000000000000000 ffffffffffffffff7f aabb", TruncatedFrameException.class);
        where(e, 26, "PrefixedBytes.e");
    }

    @Test
    void varintLengthOfTwoToThe64MinusOneInFrameLength() {
        // e announces 2^64 - 1 bytes: as a long, -1
        Object length = frameLengthOf(BytesSchemas_PrefixedBytesCodec.INSTANCE,
                "00 0000 00000000 0000000000000000 ffffffffffffffffff01 aabbccdd");
        assertTrue(length instanceof WireDecodeException || (length instanceof Integer n && n < -27),
                "frameLength: " + length);
    }

    @Test
    void countWhoseByteSizeOverflows() {
        // PrefixedLists.ints has a UINT64 count of 4-byte ints: 2^62 ints are 2^64 bytes, 0 in a long
        TruncatedFrameException e = decodeFails(ListSchemas_PrefixedListsCodec.INSTANCE,
                "00 0000 00 00000000 00 4000000000000000 01020304", TruncatedFrameException.class);
        where(e, 21, "PrefixedLists.ints"); // the input's 21 bytes end far short of 2^64 bytes of ints
    }

    @Test
    void countWhoseByteSizeOverflowsInFrameLength() {
        Object length = frameLengthOf(ListSchemas_PrefixedListsCodec.INSTANCE,
                "00 0000 00 00000000 00 4000000000000000 01020304");
        assertTrue(length instanceof FrameTooLargeException || (length instanceof Integer n && n < -23),
                "frameLength: " + length);
    }

    @Test
    void terminatorNeverArrives() {
        TruncatedFrameException e = decodeFails(BytesSchemas_TerminatedTextCodec.INSTANCE, "6162",
                TruncatedFrameException.class);
        where(e, 2, "TerminatedText.nul");
        assertEquals(2, e.available());
        assertTrue(e.needed() > 2);
    }

    // ---- invalid varints

    @Test
    void leb128OfElevenBytes() {
        WireDecodeException e = decodeFails(NumberSchemas_VarintsCodec.INSTANCE,
                "80808080808080808080 01 00 00 00 00 00", WireDecodeException.class);
        where(e, 9, "Varints.a"); // the 10th byte, which says an 11th follows
    }

    @Test
    void leb128TenthByteOverflows() {
        // b is a long: a 10th byte above 01 does not fit 64 bits
        WireDecodeException e = decodeFails(NumberSchemas_VarintsCodec.INSTANCE,
                "00 ffffffffffffffffff02 00 00 00 00", WireDecodeException.class);
        where(e, 10, "Varints.b");
    }

    @Test
    void leb128IntAboveIntegerMaxValue() {
        // a is an int: 2^32 - 1 does not fit
        WireDecodeException e = decodeFails(NumberSchemas_VarintsCodec.INSTANCE,
                "ffffffff0f 00 00 00 00 00", WireDecodeException.class);
        where(e, 0, "Varints.a");
    }

    @Test
    void zigzagIntOutOfRange() {
        // c is a zigzag int: 2^32 decodes to 2^31, above Integer.MAX_VALUE
        WireDecodeException e = decodeFails(NumberSchemas_VarintsCodec.INSTANCE,
                "00 00 8080808010 00 00 00", WireDecodeException.class);
        where(e, 2, "Varints.c");
    }

    @Test
    void mqttVarintWithAFifthByte() {
        WireDecodeException e = decodeFails(NumberSchemas_VarintsCodec.INSTANCE,
                "00 00 00 00 ffffffff7f 00", WireDecodeException.class);
        where(e, 7, "Varints.e"); // the 4th byte, which says a 5th follows
        assertEquals("a varint of at most 4 bytes", e.expected());
    }

    @Test
    void mqttLengthPrefixWithAFifthByte() {
        WireDecodeException e = decodeFails(BytesSchemas_PrefixedBytesCodec.INSTANCE,
                "00 0000 00000000 0000000000000000 00 8080808001", WireDecodeException.class);
        where(e, 19, "PrefixedBytes.f");
        assertTrue(frameLengthOf(BytesSchemas_PrefixedBytesCodec.INSTANCE,
                "00 0000 00000000 0000000000000000 00 8080808001") instanceof WireDecodeException);
    }

    @Test
    void mqttDerivedLengthWithAFifthByte() {
        WireDecodeException e = decodeFails(LengthSchemas_LengthMqttRemainingCodec.INSTANCE, "30 ffffffff7f",
                WireDecodeException.class);
        where(e, 4, "LengthMqttRemaining.<length>");
    }

    @Test
    void cutVarintIsTruncated() {
        TruncatedFrameException e = decodeFails(NumberSchemas_VarintsCodec.INSTANCE, "ac", TruncatedFrameException.class);
        where(e, 1, "Varints.a");
    }

    // ---- checksums

    @Test
    void wrongCrc32() {
        ChecksumMismatchException e = decodeFails(ChecksumSchemas_CheckCrc32Codec.INSTANCE,
                "313233343536373839 cbf43927", ChecksumMismatchException.class);
        where(e, 9, "CheckCrc32.<checksum>");
        assertEquals(0xCBF43926L, e.computed());
        assertEquals(0xCBF43927L, e.received());
    }

    @Test
    void modbusCrcWithItsBytesSwapped() {
        ChecksumMismatchException e = decodeFails(ChecksumSchemas_ModbusRtuReadCodec.INSTANCE,
                "01 03 0000 000a cdc5", ChecksumMismatchException.class);
        where(e, 6, "ModbusRtuRead.<checksum>");
        assertEquals(0xCDC5L, e.computed());
        assertEquals(0xC5CDL, e.received());
    }

    @Test
    void wrongCrc8SumAndXor() {
        ChecksumMismatchException crc8 = decodeFails(ChecksumSchemas_CheckCrc8Codec.INSTANCE,
                "313233343536373839 f5", ChecksumMismatchException.class);
        assertEquals(0xF4, crc8.computed());
        assertEquals(0xF5, crc8.received());
        ChecksumMismatchException sum = decodeFails(ChecksumSchemas_CheckSum8Codec.INSTANCE,
                "313233343536373839 00", ChecksumMismatchException.class);
        assertEquals(0xDD, sum.computed());
        ChecksumMismatchException xor = decodeFails(ChecksumSchemas_CheckXor8Codec.INSTANCE,
                "313233343536373839 ff", ChecksumMismatchException.class);
        assertEquals(0x31, xor.computed());
        assertEquals(0xFF, xor.received());
        ChecksumMismatchException ccitt = decodeFails(ChecksumSchemas_CheckCcittCodec.INSTANCE,
                "313233343536373839 b129", ChecksumMismatchException.class);
        assertEquals(0x29B1, ccitt.computed());
        assertEquals(0xB129, ccitt.received());
        ChecksumMismatchException crc32c = decodeFails(ChecksumSchemas_CheckCrc32cCodec.INSTANCE,
                "313233343536373839 00000000", ChecksumMismatchException.class);
        assertEquals(0xE3069283L, crc32c.computed());
        assertEquals(0, crc32c.received());
    }

    @Test
    void wrongChecksumAfterVariableFieldsAndBeforeAnEndMarker() {
        // "hi", seq 0102, CRC 7a01 (correct is 7a01; use 7a02), end 0d
        ChecksumMismatchException e = decodeFails(ChecksumSchemas_CcittFramedCodec.INSTANCE,
                "aa55 02 6869 0102 7a02 0d", ChecksumMismatchException.class);
        where(e, 7, "CcittFramed.<checksum>");
        assertEquals(0x7A01, e.computed());
        assertEquals(0x7A02, e.received());
    }

    @Test
    void checksumFromAFieldIgnoresTheBytesBefore() {
        // seq is outside the CRC: any seq decodes; a flipped kind does not
        ChecksumSchemas_Crc32FromCodec.INSTANCE.decode(Hex.bytes("ffff 02 0001aa a4556c20"));
        ChecksumMismatchException e = decodeFails(ChecksumSchemas_Crc32FromCodec.INSTANCE, "0001 03 0001aa a4556c20",
                ChecksumMismatchException.class);
        where(e, 6, "Crc32From.<checksum>");
        assertEquals(0xA4556C20L, e.received());
    }

    @Test
    void badMagicAndEndMarker() {
        WireDecodeException magic = decodeFails(ChecksumSchemas_CcittFramedCodec.INSTANCE,
                "aa56 02 6869 0102 7a01 0d", WireDecodeException.class);
        where(magic, 1, "CcittFramed.<magic>");
        WireDecodeException end = decodeFails(ChecksumSchemas_CcittFramedCodec.INSTANCE,
                "aa55 02 6869 0102 7a01 0e", WireDecodeException.class);
        where(end, 9, "CcittFramed.<end>");
    }

    // ---- tags and enum codes

    @Test
    void unknownOneByteTag() {
        UnknownTagException e = decodeFails(ProtocolSchemas_Cmd8Codec.INSTANCE, "01 00", UnknownTagException.class);
        where(e, 0, "Cmd8.<tag>");
        assertEquals(1, e.tag());
        assertTrue(frameLengthOf(ProtocolSchemas_Cmd8Codec.INSTANCE, "01 00") instanceof UnknownTagException);
    }

    @Test
    void unknownTagsOfEveryWidth() {
        UnknownTagException u16 = decodeFails(ProtocolSchemas_Cmd16Codec.INSTANCE, "0302 00", UnknownTagException.class);
        where(u16, 0, "Cmd16.<tag>");
        assertEquals(0x0203, u16.tag());
        // little-endian: 02 01 is 0x0102 (Hello); 01 02 is 0x0201, unknown
        UnknownTagException le = decodeFails(ProtocolSchemas_Cmd16Codec.INSTANCE, "0102 0000", UnknownTagException.class);
        assertEquals(0x0201, le.tag());
        UnknownTagException u32 = decodeFails(ProtocolSchemas_Cmd32Codec.INSTANCE, "deadbeee 00", UnknownTagException.class);
        where(u32, 0, "Cmd32.<tag>");
        assertEquals(0xDEADBEEEL, u32.tag());
        UnknownTagException var = decodeFails(ProtocolSchemas_CmdVarCodec.INSTANCE, "ad02 00", UnknownTagException.class);
        where(var, 0, "CmdVar.<tag>");
        assertEquals(301, var.tag());
    }

    @Test
    void errorInsideAProtocolRecordIsPlacedUnderTheProtocol() {
        // Cmd8.Echo announces 3 bytes, has 1
        TruncatedFrameException e = decodeFails(ProtocolSchemas_Cmd8Codec.INSTANCE, "7f 03 aa", TruncatedFrameException.class);
        assertEquals("Cmd8.Echo.data", e.fieldPath());
        assertEquals(3, e.offset());
    }

    @Test
    void unknownEnumCodeWithoutFallback() {
        // Wide has no code 3
        WireDecodeException e = decodeFails(ListSchemas_EnumListsCountFirstCodec.INSTANCE, "0102 0003 00 0000",
                WireDecodeException.class);
        where(e, 2, "EnumListsCountFirst.wides[]");
        assertEquals("3", e.actual());
    }

    @Test
    void unknownEnumCodeWithFallback() {
        EnumListsCountFirst decoded = ListSchemas_EnumListsCountFirstCodec.INSTANCE.decode(Hex.bytes("0102 0102 01 33 0000"));
        assertEquals(java.util.List.of(Color.UNKNOWN), decoded.colors());
    }

    @Test
    void unknownEnumCodeInABitField() {
        // urgent 0, priority 0, mode 3 (no such Mode)
        WireDecodeException e = decodeFails(NumberSchemas_MsbBitsCodec.INSTANCE, "03 00", WireDecodeException.class);
        where(e, 0, "MsbBits.mode");
    }

    // ---- length regions that disagree with their fields

    @Test
    void lengthLongerThanItsFields() {
        // the length says 4, unit id + data take 3
        WireDecodeException e = decodeFails(LengthSchemas_LengthOfSeveralCodec.INSTANCE, "0001 0004 11 01aa 0203 00",
                WireDecodeException.class);
        where(e, 7, "LengthOfSeveral.<length>");
    }

    @Test
    void lengthShorterThanItsFields() {
        // the length says 2: the data's one byte lies past the region
        WireDecodeException e = decodeFails(LengthSchemas_LengthOfSeveralCodec.INSTANCE, "0001 0002 11 01aa 0203",
                WireDecodeException.class);
        assertEquals(WireDecodeException.class, e.getClass(), e.getMessage());
        where(e, 6, "LengthOfSeveral.data");
    }

    @Test
    void lengthPastTheEndOfTheInputIsTruncation() {
        TruncatedFrameException e = decodeFails(LengthSchemas_LengthOfSeveralCodec.INSTANCE, "0001 00ff 11 01aa 0203",
                TruncatedFrameException.class);
        assertEquals("LengthOfSeveral.<length>", e.fieldPath());
        assertEquals(4 + 255, e.needed());
    }

    @Test
    void selfCountingLengthSmallerThanItself() {
        WireDecodeException e = decodeFails(LengthSchemas_PgQueryPrefixedCodec.INSTANCE, "51 00000002 0000",
                WireDecodeException.class);
        where(e, 1, "PgQueryPrefixed.<length>");
    }

    @Test
    void terminatorMissingInsideItsRegion() {
        // the region (2 bytes) ends before the NUL
        WireDecodeException e = decodeFails(LengthSchemas_LengthVarintTerminatedCodec.INSTANCE, "02 6162 00 05",
                WireDecodeException.class);
        assertEquals(WireDecodeException.class, e.getClass(), e.getMessage());
        assertEquals("LengthVarintTerminated.text", e.fieldPath());
    }

    @Test
    void partialElementInARemainingRegion() {
        // region of 3: id 01, then 2 bytes of a 4-byte Point
        WireDecodeException e = decodeFails(LengthSchemas_LengthVarintCodec.INSTANCE, "03 01 0001",
                WireDecodeException.class);
        where(e, 2, "LengthVarint.points");
    }

    @Test
    void nestedErrorCarriesThePathThroughTheList() {
        // NestedLists: points = [], pair[0] = ("", 1), pair[1] has a 5-byte MQTT... use a bad LEB128 in pair[1].value
        WireDecodeException e = decodeFails(ListSchemas_NestedListsCodec.INSTANCE,
                "0000 00 01 00 ffffffff0f 00 00", WireDecodeException.class);
        assertEquals("NestedLists.pair[].value", e.fieldPath());
        assertEquals(5, e.offset());
    }

    @Test
    void negativeCountFromAZigzagVarint() {
        // n = zigzag 01 = -1
        WireDecodeException e = decodeFails(MixedSchemas_CountedByZigzagCodec.INSTANCE, "01 00", WireDecodeException.class);
        assertEquals("CountedByZigzag.points", e.fieldPath(), e.getMessage());
        assertEquals(1, e.offset(), e.getMessage());
        assertTrue(frameLengthOf(MixedSchemas_CountedByZigzagCodec.INSTANCE, "01 00") instanceof WireDecodeException);
    }

    @Test
    void bitFieldSizeLongerThanTheInput() {
        // n = 15, only 2 bytes of text
        TruncatedFrameException e = decodeFails(MixedSchemas_SizedByBitsCodec.INSTANCE, "f0 6162", TruncatedFrameException.class);
        where(e, 3, "SizedByBits.s");
        assertEquals(16, e.needed());
        // the header tells the whole length (1 + 15 + 1) before the frame has arrived
        assertEquals(17, frameLengthOf(MixedSchemas_SizedByBitsCodec.INSTANCE, "f0 6162"));
    }

    @Test
    void nestedElementRunningPastItsRegion() {
        // region of 2 bytes, but the first Named announces a 3-byte name
        WireDecodeException e = decodeFails(MixedSchemas_RegionOfNamedCodec.INSTANCE, "02 03 6162 63 00 09",
                WireDecodeException.class);
        assertEquals(WireDecodeException.class, e.getClass(), e.getMessage());
        assertEquals("RegionOfNamed.names[].name", e.fieldPath());
    }

    // ---- decode with an explicit limit

    @Test
    void frameCutByTheLimitArgumentIsTruncated() {
        ByteBuffer in = ByteBuffer.wrap(Hex.bytes("01 03 0000 000a c5cd"));
        TruncatedFrameException e = org.junit.jupiter.api.Assertions.assertThrows(TruncatedFrameException.class,
                () -> ChecksumSchemas_ModbusRtuReadCodec.INSTANCE.decode(in, 4));
        assertEquals(4, e.available());
        assertEquals(0, in.position());
    }
}
