package io.wireform.samples.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.runtime.WireCodec;
import io.wireform.samples.properties.BytesSchemas.FixedAmongVariable;
import io.wireform.samples.properties.BytesSchemas.LittlePrefixes;
import io.wireform.samples.properties.BytesSchemas.PrefixedBytes;
import io.wireform.samples.properties.BytesSchemas.PrefixedStrings;
import io.wireform.samples.properties.BytesSchemas.SizedBytes;
import io.wireform.samples.properties.BytesSchemas.TerminatedText;
import io.wireform.samples.properties.ChecksumSchemas.CcittFramed;
import io.wireform.samples.properties.ChecksumSchemas.CheckCcitt;
import io.wireform.samples.properties.ChecksumSchemas.CheckCrc32;
import io.wireform.samples.properties.ChecksumSchemas.CheckCrc32c;
import io.wireform.samples.properties.ChecksumSchemas.CheckCrc8;
import io.wireform.samples.properties.ChecksumSchemas.CheckModbus;
import io.wireform.samples.properties.ChecksumSchemas.CheckSum8;
import io.wireform.samples.properties.ChecksumSchemas.CheckXor8;
import io.wireform.samples.properties.ChecksumSchemas.Crc32From;
import io.wireform.samples.properties.ChecksumSchemas.Crc32cLittle;
import io.wireform.samples.properties.ChecksumSchemas.Crc8Frame;
import io.wireform.samples.properties.ChecksumSchemas.ModbusRtuRead;
import io.wireform.samples.properties.ChecksumSchemas.ModbusRtuWrite;
import io.wireform.samples.properties.ChecksumSchemas.Sum8AfterVarint;
import io.wireform.samples.properties.ChecksumSchemas.Xor8Framed;
import io.wireform.samples.properties.LengthSchemas.LengthAdjusted;
import io.wireform.samples.properties.LengthSchemas.LengthAdjustedDown;
import io.wireform.samples.properties.LengthSchemas.LengthMqtt;
import io.wireform.samples.properties.LengthSchemas.LengthNested;
import io.wireform.samples.properties.LengthSchemas.LengthOfNested;
import io.wireform.samples.properties.LengthSchemas.LengthOfOne;
import io.wireform.samples.properties.LengthSchemas.LengthOfRemaining;
import io.wireform.samples.properties.LengthSchemas.LengthOfRest;
import io.wireform.samples.properties.LengthSchemas.LengthOfSeveral;
import io.wireform.samples.properties.LengthSchemas.LengthVarint;
import io.wireform.samples.properties.LengthSchemas.LengthVarintSelf;
import io.wireform.samples.properties.LengthSchemas.PgQuery;
import io.wireform.samples.properties.LengthSchemas.PgQueryPrefixed;
import io.wireform.samples.properties.ListSchemas.CountedByLists;
import io.wireform.samples.properties.ListSchemas.CountedLists;
import io.wireform.samples.properties.ListSchemas.EnumLists;
import io.wireform.samples.properties.ListSchemas.Named;
import io.wireform.samples.properties.ListSchemas.NestedLists;
import io.wireform.samples.properties.ListSchemas.Point;
import io.wireform.samples.properties.ListSchemas.PrefixedLists;
import io.wireform.samples.properties.ListSchemas.VarintLists;
import io.wireform.samples.properties.NumberSchemas.LittleLsbBits;
import io.wireform.samples.properties.NumberSchemas.LittleMsbBits;
import io.wireform.samples.properties.NumberSchemas.LsbBits;
import io.wireform.samples.properties.NumberSchemas.MsbBits;
import io.wireform.samples.properties.NumberSchemas.TwoGroups;
import io.wireform.samples.properties.NumberSchemas.Varints;
import io.wireform.samples.properties.ProtocolSchemas.Cmd16;
import io.wireform.samples.properties.ProtocolSchemas.Cmd32;
import io.wireform.samples.properties.ProtocolSchemas.Cmd8;
import io.wireform.samples.properties.ProtocolSchemas.CmdVar;
import io.wireform.samples.properties.WhenSchemas.WhenAnyOf;
import io.wireform.samples.properties.WhenSchemas.WhenBitField;
import io.wireform.samples.properties.WhenSchemas.WhenBool;
import io.wireform.samples.properties.WhenSchemas.WhenFlagBits;
import io.wireform.samples.properties.WhenSchemas.WhenVarintBit;
import io.wireform.samples.properties.WireEnums.Color;
import io.wireform.samples.properties.WireEnums.Mode;
import io.wireform.samples.properties.WireEnums.Wide;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Exact bytes, worked out by hand (checksums with an independent bit-by-bit implementation): a round
 * trip alone cannot tell a swapped byte order or bit order from the right one.
 */
class WireVectorsTest {
    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    /** Both directions, and the frame length from the bytes. */
    static <T> void vector(WireCodec<T> codec, T value, String hex) {
        encodesTo(codec, value, hex);
        decodesFrom(codec, value, hex);
    }

    static <T> void encodesTo(WireCodec<T> codec, T value, String hex) {
        byte[] wire = Hex.bytes(hex);
        assertEquals(Hex.of(wire), Hex.of(codec.encode(value)), "encode " + WireEquality.show(value));
        assertEquals(wire.length, codec.sizeOf(value), "sizeOf");
    }

    static <T> void decodesFrom(WireCodec<T> codec, T value, String hex) {
        byte[] wire = Hex.bytes(hex);
        Laws.assertWireEquals(value, codec.decode(wire), "decode " + hex);
        assertEquals(wire.length, codec.frameLength(ByteBuffer.wrap(wire)), "frameLength of " + hex);
    }

    private static byte[] b(String hex) {
        return Hex.bytes(hex);
    }

    // ---- byte[] and String

    @Test
    void prefixesOfEveryWidth() {
        vector(BytesSchemas_PrefixedBytesCodec.INSTANCE,
                new PrefixedBytes(b("01"), b("0203"), b(""), b("04"), b("05"), b("06")),
                "01 01 | 0002 0203 | 00000000 | 0000000000000001 04 | 01 05 | 01 06".replace("|", ""));
        // 300 bytes: varint ac 02; 200 bytes: MQTT c8 01
        byte[] big = new byte[300];
        byte[] two = new byte[200];
        byte[] wire = BytesSchemas_PrefixedBytesCodec.INSTANCE.encode(
                new PrefixedBytes(b(""), b(""), b(""), b(""), big, two));
        assertEquals("00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ac 02",
                Hex.of(java.util.Arrays.copyOf(wire, 17)));
        assertEquals("c8 01", Hex.of(java.util.Arrays.copyOfRange(wire, 317, 319)));
        assertEquals(319 + 200, wire.length);
    }

    @Test
    void prefixedStringsWithLittleEndianPrefixes() {
        vector(BytesSchemas_PrefixedStringsCodec.INSTANCE, new PrefixedStrings("ab", "\u00e9", "", "x", "", "\u00e9"),
                "02 6162  0200 c3a9  00000000  0100000000000000 78  00  01 e9");
    }

    @Test
    void littleEndianMessagePrefixesAndABigEndianOverride() {
        vector(BytesSchemas_LittlePrefixesCodec.INSTANCE, new LittlePrefixes(b("aa"), "hi", b("bb")),
                "0100 aa  02000000 6869  0001 bb");
    }

    @Test
    void sizedByEarlierComponents() {
        vector(BytesSchemas_SizedBytesCodec.INSTANCE, new SizedBytes(2, 1, b("0102"), "z", 3, b("030405")),
                "02 0001 0102 7a 03 030405");
    }

    @Test
    void terminatedByNulAndCrLf() {
        vector(BytesSchemas_TerminatedTextCodec.INSTANCE, new TerminatedText("a", "b\r", b("01"), b("0d"), (byte) 7),
                "6100 620d0d0a 0100 0d0d0a 07");
    }

    @Test
    void fixedAmongVariable() {
        vector(BytesSchemas_FixedAmongVariableCodec.INSTANCE, new FixedAmongVariable(b("01020304"), b(""), "ab", "c"),
                "01020304 00 616220202020 6300");
    }

    @Test
    void fixedAmongVariableEncodes() {
        encodesTo(BytesSchemas_FixedAmongVariableCodec.INSTANCE, new FixedAmongVariable(b("01"), b("ff"), "ab", "c"),
                "01000000 01ff 616220202020 6300");
    }

    // ---- lists

    /** A @Count list after a variable-size one (the position once advanced twice here). */
    @Test
    void enumLists() {
        vector(ListSchemas_EnumListsCodec.INSTANCE,
                new EnumLists(List.of(Color.RED, Color.BLUE), List.of(Wide.SMALL, Wide.LARGE), List.of(Wide.SMALL)),
                "02 01 80  0102 fffe  0100 0201");
    }

    @Test
    void countedLists() {
        vector(ListSchemas_CountedListsCodec.INSTANCE,
                new CountedLists(List.of(1, 2, 0xFFFF), List.of((short) -1, (short) 2), List.of(true, false),
                        List.of(1.0, -2.0), List.of(new Point((short) 1, (short) 2), new Point((short) 3, (short) 4)),
                        b("aa")),
                "0001 0002 ffff  ffff 0002  01 00  3ff0000000000000 c000000000000000  0001 0002 0003 0004  01 aa");
    }

    @Test
    void prefixedLists() {
        vector(ListSchemas_PrefixedListsCodec.INSTANCE,
                new PrefixedLists(List.of(1, 0xFFFF), List.of(1L), List.of(true, false), List.of(1.0),
                        List.of(0xFFFF_FFFFL), List.of(-1)),
                "02 0001 ffff  0100 0100000000000000  02 01 00  00000001 3ff0000000000000  01 ffffffff"
                        + "  0000000000000001 ffffffff");
    }

    @Test
    void countedByLists() {
        vector(ListSchemas_CountedByListsCodec.INSTANCE,
                new CountedByLists(2, 1, List.of((short) 1, (short) -1), List.of((short) 255)),
                "02 0001 0001 ffff ff");
    }

    @Test
    void nestedLists() {
        vector(ListSchemas_NestedListsCodec.INSTANCE,
                new NestedLists(List.of(new Point((short) 1, (short) 2)), List.of(new Named("a", 1), new Named("", 300)),
                        1, List.of(new Named("b", 0)), List.of(new Named("", 127))),
                "0001 00010002  01 61 01  00 ac02  01  01 62 00  01 00 7f");
    }

    @Test
    void varintLists() {
        vector(ListSchemas_VarintListsCodec.INSTANCE,
                new VarintLists(List.of(-1L, 1L, -64L), List.of(0, 127, 128), List.of(268_435_455)),
                "03 01 02 7f  00 7f 8001  0001 ffffff7f");
    }

    // ---- varints and bit fields

    @Test
    void varintsOfEveryKind() {
        vector(NumberSchemas_VarintsCodec.INSTANCE, new Varints(300, -1L, -1, Long.MIN_VALUE, 321, 268_435_455L),
                "ac02  ffffffffffffffffff01  01  ffffffffffffffffff01  c102  ffffff7f");
        vector(NumberSchemas_VarintsCodec.INSTANCE, new Varints(0, 0, 0, 0, 0, 0), "00 00 00 00 00 00");
        vector(NumberSchemas_VarintsCodec.INSTANCE, new Varints(Integer.MAX_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, 1, 127, 128),
                "ffffffff07  ffffffffffffffff7f  ffffffff0f  02  7f  8001");
    }

    @Test
    void msbFirstBits() {
        // 1 | 101 | 1010
        vector(NumberSchemas_MsbBitsCodec.INSTANCE, new MsbBits(true, 5, Mode.FAST, (byte) 0x7F), "da 7f");
        vector(NumberSchemas_MsbBitsCodec.INSTANCE, new MsbBits(false, 0, Mode.MAX, (byte) 0), "0f 00");
    }

    @Test
    void lsbFirstBits() {
        // e(12) d(4) c(5) b(2) a(1), from the top: abc | 5 | 10001 | 10 | 1
        vector(NumberSchemas_LsbBitsCodec.INSTANCE, new LsbBits(true, 2, (short) 17, Mode.SLOW, 0xABC), "abc58d");
    }

    @Test
    void littleEndianMsbFirstGroup() {
        // 0x1 | 0x234 | 0x5678 = 0x12345678, little-endian
        vector(NumberSchemas_LittleMsbBitsCodec.INSTANCE, new LittleMsbBits(1, 0x234, 0x5678), "78563412");
    }

    @Test
    void littleEndianLsbFirstGroupOfEightBytes() {
        vector(NumberSchemas_LittleLsbBitsCodec.INSTANCE, new LittleLsbBits(5, 0x1234, true, 0x7ABCDEF01234L),
                "a5 91 69 24 e0 bd 79 f5");
    }

    @Test
    void twoGroupsAndAWholeLong() {
        vector(NumberSchemas_TwoGroupsCodec.INSTANCE,
                new TwoGroups(1, 2, 0x0304, 3, (byte) 5, (byte) 9, 0x0102030405060708L),
                "12 0304 c5 09 0102030405060708");
        vector(NumberSchemas_TwoGroupsCodec.INSTANCE, new TwoGroups(15, 15, 0, 0, (byte) 63, (byte) 0, -1L),
                "ff 0000 3f 00 ffffffffffffffff");
    }

    // ---- optionals

    @Test
    void whenBoolean() {
        vector(WhenSchemas_WhenBoolCodec.INSTANCE,
                new WhenBool(true, Optional.of(0x1234), Optional.of(new Point((short) 1, (short) 2)), (byte) 9),
                "01 1234 0001 0002 09");
        vector(WhenSchemas_WhenBoolCodec.INSTANCE, new WhenBool(false, Optional.empty(), Optional.empty(), (byte) 9),
                "00 09");
    }

    @Test
    void whenBitField() {
        vector(WhenSchemas_WhenBitFieldCodec.INSTANCE, new WhenBitField(true, 5, Optional.of(0x01020304)), "85 01020304");
        vector(WhenSchemas_WhenBitFieldCodec.INSTANCE, new WhenBitField(false, 127, Optional.empty()), "7f");
    }

    @Test
    void whenFlagBitsDecodes() {
        decodesFrom(WhenSchemas_WhenFlagBitsCodec.INSTANCE,
                new WhenFlagBits(0x81, Optional.of(7), Optional.of(new Named("", 1)), (short) 2),
                "81 00000007 00 01 0002");
    }

    @Test
    void whenFlagBitsEncodes() {
        encodesTo(WhenSchemas_WhenFlagBitsCodec.INSTANCE,
                new WhenFlagBits(0x81, Optional.of(7), Optional.of(new Named("", 1)), (short) 2),
                "81 00000007 00 01 0002");
    }

    @Test
    void whenFlagBitsAbsent() {
        vector(WhenSchemas_WhenFlagBitsCodec.INSTANCE,
                new WhenFlagBits(0x7E, Optional.empty(), Optional.empty(), (short) 2), "7e 0002");
    }

    @Test
    void whenAnyOfDecodes() {
        decodesFrom(WhenSchemas_WhenAnyOfCodec.INSTANCE,
                new WhenAnyOf(3, Optional.of(1L), Optional.of(300), Optional.empty(), (byte) 10),
                "03 0000000000000001 ac02 0a");
        decodesFrom(WhenSchemas_WhenAnyOfCodec.INSTANCE,
                new WhenAnyOf(4, Optional.empty(), Optional.empty(), Optional.of(new Named("a", 2)), (byte) 10),
                "04 01 61 02 0a");
        vector(WhenSchemas_WhenAnyOfCodec.INSTANCE,
                new WhenAnyOf(9, Optional.empty(), Optional.empty(), Optional.empty(), (byte) 10), "09 0a");
    }

    @Test
    void whenAnyOfEncodes() {
        encodesTo(WhenSchemas_WhenAnyOfCodec.INSTANCE,
                new WhenAnyOf(3, Optional.of(1L), Optional.of(300), Optional.empty(), (byte) 10),
                "03 0000000000000001 ac02 0a");
    }

    @Test
    void whenVarintBit() {
        vector(WhenSchemas_WhenVarintBitCodec.INSTANCE, new WhenVarintBit(1L << 40, Optional.of((short) 0x0102)),
                "808080808020 0102");
        vector(WhenSchemas_WhenVarintBitCodec.INSTANCE, new WhenVarintBit(1L << 39, Optional.empty()), "808080808010");
    }

    // ---- derived lengths

    @Test
    void lengthOfOne() {
        vector(LengthSchemas_LengthOfOneCodec.INSTANCE, new LengthOfOne("hi", (byte) 5), "0003 686900 05");
    }

    @Test
    void lengthOfOneEncodes() {
        encodesTo(LengthSchemas_LengthOfOneCodec.INSTANCE, new LengthOfOne("hi", (byte) 5), "0003 686900 05");
    }

    @Test
    void lengthOfRemaining() {
        vector(LengthSchemas_LengthOfRemainingCodec.INSTANCE, new LengthOfRemaining(7, b("aabb")), "07 0002 aabb");
    }

    @Test
    void lengthOfRemainingEncodes() {
        encodesTo(LengthSchemas_LengthOfRemainingCodec.INSTANCE, new LengthOfRemaining(7, b("aabb")), "07 0002 aabb");
    }

    @Test
    void lengthOfSeveral() {
        vector(LengthSchemas_LengthOfSeveralCodec.INSTANCE, new LengthOfSeveral(1, 0x11, b("aa"), (short) 0x0203),
                "0001 0003 11 01aa 0203");
    }

    @Test
    void lengthOfRest() {
        vector(LengthSchemas_LengthOfRestCodec.INSTANCE, new LengthOfRest(1, (short) 2, "x", b("ff")),
                "01 00000005 0002 0178 ff");
    }

    @Test
    void postgresQuery() {
        vector(LengthSchemas_PgQueryCodec.INSTANCE, new PgQuery((byte) 'Q', "SELECT 1"), "51 0000000d 53454c45435420 3100");
    }

    @Test
    void postgresQueryEncodes() {
        // PostgreSQL's Query message: 'Q', int32 length counting itself, the NUL-terminated text
        encodesTo(LengthSchemas_PgQueryCodec.INSTANCE, new PgQuery((byte) 'Q', "SELECT 1"), "51 0000000d 53454c45435420 3100");
    }

    @Test
    void selfCountingLengthOverAPrefixedString() {
        vector(LengthSchemas_PgQueryPrefixedCodec.INSTANCE, new PgQueryPrefixed((byte) 'Q', "ab"), "51 00000008 0002 6162");
    }

    @Test
    void lengthAdjusted() {
        vector(LengthSchemas_LengthAdjustedCodec.INSTANCE, new LengthAdjusted(b("aa")), "03 aa");
    }

    @Test
    void lengthAdjustedEncodes() {
        encodesTo(LengthSchemas_LengthAdjustedCodec.INSTANCE, new LengthAdjusted(b("aa")), "03 aa");
    }

    @Test
    void lengthAdjustedDown() {
        vector(LengthSchemas_LengthAdjustedDownCodec.INSTANCE, new LengthAdjustedDown(b("aa"), (byte) 1), "0001 01aa 01");
    }

    @Test
    void varintLength() {
        vector(LengthSchemas_LengthVarintCodec.INSTANCE, new LengthVarint(1, List.of(new Point((short) 1, (short) 2))),
                "05 01 00010002");
    }

    @Test
    void selfCountingVarintGrowsAtItsBoundary() {
        // 126 bytes + 1 = 127 fits one byte; 127 bytes + 2 = 129 needs two
        byte[] wire126 = LengthSchemas_LengthVarintSelfCodec.INSTANCE.encode(new LengthVarintSelf(new byte[126]));
        assertEquals("7f", Hex.of(java.util.Arrays.copyOf(wire126, 1)));
        assertEquals(127, wire126.length);
        byte[] wire127 = LengthSchemas_LengthVarintSelfCodec.INSTANCE.encode(new LengthVarintSelf(new byte[127]));
        assertEquals("81 01", Hex.of(java.util.Arrays.copyOf(wire127, 2)));
        assertEquals(129, wire127.length);
        Laws.assertWireEquals(new LengthVarintSelf(new byte[127]),
                LengthSchemas_LengthVarintSelfCodec.INSTANCE.decode(wire127), "decode");
        vector(LengthSchemas_LengthVarintSelfCodec.INSTANCE, new LengthVarintSelf(b("")), "01");
    }

    @Test
    void mqttRemainingLength() {
        vector(LengthSchemas_LengthMqttCodec.INSTANCE, new LengthMqtt((byte) 0x30, 1, b("6162")), "30 04 0001 6162");
    }

    @Test
    void mqttRemainingLengthEncodes() {
        encodesTo(LengthSchemas_LengthMqttCodec.INSTANCE, new LengthMqtt((byte) 0x30, 1, b("6162")), "30 04 0001 6162");
        byte[] big = LengthSchemas_LengthMqttCodec.INSTANCE.encode(new LengthMqtt((byte) 0x30, 1, new byte[198]));
        assertEquals("30 c8 01 00 01", Hex.of(java.util.Arrays.copyOf(big, 5)));
    }

    @Test
    void nestedRegions() {
        vector(LengthSchemas_LengthNestedCodec.INSTANCE, new LengthNested(1, b("aa"), ""), "0005 01 02 01aa 00");
    }

    @Test
    void lengthThroughABitFieldMember() {
        vector(LengthSchemas_LengthThroughBitsCodec.INSTANCE, new LengthSchemas.LengthThroughBits(1, b("aa"), 2, 3),
                "01 03 01aa 23");
    }

    @Test
    void lengthOfANestedMessage() {
        vector(LengthSchemas_LengthOfNestedCodec.INSTANCE, new LengthOfNested(new Named("a", 1), (byte) 9), "03 0161 01 09");
    }

    // ---- checksums: the catalogue's check values over "123456789"

    @Test
    void checkValues() {
        vector(ChecksumSchemas_CheckCrc8Codec.INSTANCE, new CheckCrc8(CHECK), "313233343536373839 f4");
        vector(ChecksumSchemas_CheckModbusCodec.INSTANCE, new CheckModbus(CHECK), "313233343536373839 374b");
        vector(ChecksumSchemas_CheckCcittCodec.INSTANCE, new CheckCcitt(CHECK), "313233343536373839 29b1");
        vector(ChecksumSchemas_CheckCrc32Codec.INSTANCE, new CheckCrc32(CHECK), "313233343536373839 cbf43926");
        vector(ChecksumSchemas_CheckCrc32cCodec.INSTANCE, new CheckCrc32c(CHECK), "313233343536373839 e3069283");
        vector(ChecksumSchemas_CheckSum8Codec.INSTANCE, new CheckSum8(CHECK), "313233343536373839 dd");
        vector(ChecksumSchemas_CheckXor8Codec.INSTANCE, new CheckXor8(CHECK), "313233343536373839 31");
    }

    @Test
    void modbusRtuReadRequest() {
        // the classic example: read 10 holding registers from 0 at unit 1
        vector(ChecksumSchemas_ModbusRtuReadCodec.INSTANCE, new ModbusRtuRead(1, 3, 0, 10), "01 03 0000 000a c5cd");
        vector(ChecksumSchemas_ModbusRtuWriteCodec.INSTANCE, new ModbusRtuWrite(0x11, 0x10, b("00010002")),
                "11 10 04 00010002 3950");
    }

    @Test
    void crc8OverVariableFields() {
        vector(ChecksumSchemas_Crc8FrameCodec.INSTANCE, new Crc8Frame(5, b("aabb")), "05 02 aabb 2a");
    }

    @Test
    void ccittCoversTheMagicAndSitsBeforeTheEndMarker() {
        vector(ChecksumSchemas_CcittFramedCodec.INSTANCE, new CcittFramed("hi", 0x0102), "aa55 02 6869 0102 7a01 0d");
    }

    @Test
    void crc32FromAField() {
        vector(ChecksumSchemas_Crc32FromCodec.INSTANCE, new Crc32From(1, (byte) 2, b("aa")), "0001 02 0001aa a4556c20");
    }

    @Test
    void crc32cLittleEndian() {
        vector(ChecksumSchemas_Crc32cLittleCodec.INSTANCE, new Crc32cLittle(0x0102, b("aa")), "c3 0201 0100aa 6d2115b0");
    }

    @Test
    void sum8FromTheBodyIncludingItsTerminator() {
        vector(ChecksumSchemas_Sum8AfterVarintCodec.INSTANCE, new Sum8AfterVarint(1, b("0102")), "02 01 010200 03 03");
    }

    @Test
    void xor8Framed() {
        vector(ChecksumSchemas_Xor8FramedCodec.INSTANCE, new Xor8Framed(0x41, b("42")), "24 41 42 2a 0d 0d0a");
    }

    @Test
    void xor8FramedEncodes() {
        encodesTo(ChecksumSchemas_Xor8FramedCodec.INSTANCE, new Xor8Framed(0x41, b("42")), "24 41 42 2a 0d 0d0a");
        encodesTo(ChecksumSchemas_Xor8FramedCodec.INSTANCE, new Xor8Framed(0x41, b("")), "24 41 2a 4f 0d0a");
    }

    // ---- protocols

    @Test
    void oneByteTags() {
        vector(ProtocolSchemas_Cmd8Codec.INSTANCE, new Cmd8.Ping(), "00");
        vector(ProtocolSchemas_Cmd8Codec.INSTANCE, new Cmd8.Echo(b("01")), "7f 01 01");
        vector(ProtocolSchemas_Cmd8Codec.INSTANCE, new Cmd8.Move((short) 1, (short) -1, 255), "ff 0001 ffff ff");
        vector(ProtocolSchemas_Cmd8_PingCodec.INSTANCE, new Cmd8.Ping(), "");
    }

    @Test
    void twoByteLittleEndianTags() {
        vector(ProtocolSchemas_Cmd16Codec.INSTANCE, new Cmd16.Hello(0x0304), "0201 0403");
        vector(ProtocolSchemas_Cmd16Codec.INSTANCE, new Cmd16.Bye(), "0100");
        vector(ProtocolSchemas_Cmd16Codec.INSTANCE, new Cmd16.Data("a", b("01")), "ffff 0100 61 01 01");
    }

    @Test
    void fourByteTags() {
        vector(ProtocolSchemas_Cmd32Codec.INSTANCE, new Cmd32.Small((byte) 5), "00000007 05");
        vector(ProtocolSchemas_Cmd32Codec.INSTANCE, new Cmd32.Big(List.of()), "deadbeef 00");
        vector(ProtocolSchemas_Cmd32Codec.INSTANCE, new Cmd32.Empty(), "ffffffff");
    }

    @Test
    void varintTags() {
        vector(ProtocolSchemas_CmdVarCodec.INSTANCE, new CmdVar.One(1), "01 01");
        vector(ProtocolSchemas_CmdVarCodec.INSTANCE, new CmdVar.Two(""), "ac02 00");
        vector(ProtocolSchemas_CmdVarCodec.INSTANCE, new CmdVar.Five(), "ffffffff07");
    }

    @Test
    void varintTagAtTwoToThe31() {
        vector(ProtocolSchemas_CmdVarHighCodec.INSTANCE, new ProtocolSchemas.CmdVarHigh.High((byte) 1), "8080808008 01");
    }

    @Test
    void varintTagAtTwoToThe31Encodes() {
        encodesTo(ProtocolSchemas_CmdVarHighCodec.INSTANCE, new ProtocolSchemas.CmdVarHigh.High((byte) 1), "8080808008 01");
    }
}
