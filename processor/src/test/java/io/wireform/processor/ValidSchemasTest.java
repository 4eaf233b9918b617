package io.wireform.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.wireform.processor.DiagnosticsSupport.assertCompilesCleanly;
import static io.wireform.processor.DiagnosticsSupport.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Valid schemas using the variable-length vocabulary: each must compile, generated code included,
 * without a warning, and the processor must write exactly the expected codecs. These catch generator
 * output that does not compile; a failure prints the generated lines around javac's error.
 */
class ValidSchemasTest {

    @Test
    void taggedProtocol() {
        JavaFileObject smartHome = source("SmartHome",
                "@Protocol(endian = Endian.LITTLE, tag = Width.UINT32)",
                "public sealed interface SmartHome permits DownloadDb, DbFile, Status {}");
        JavaFileObject downloadDb = source("DownloadDb",
                "@Tag(0x4C)",
                "public record DownloadDb() implements SmartHome {}");
        JavaFileObject dbFile = source("DbFile",
                "@Tag(0x43)",
                "public record DbFile(@Prefixed(Width.UINT32) byte[] database) implements SmartHome {}");
        JavaFileObject status = source("Status",
                "@Tag(0x53)",
                "public record Status(@UInt16 int code, @Prefixed(Width.UINT8) String text) implements SmartHome {}");
        assertCompilesCleanly(List.of("test.SmartHomeCodec", "test.DownloadDbCodec", "test.DbFileCodec",
                "test.StatusCodec"), smartHome, downloadDb, dbFile, status);
    }

    @Test
    void protocolAsAComponentInALengthRegion() {
        JavaFileObject cmd = source("Cmd",
                "import java.util.List;",
                "@Protocol(tag = Width.UINT16, endian = Endian.LITTLE)",
                "public sealed interface Cmd permits Cmd.Ping, Cmd.Set, Cmd.Batch {",
                "    @Tag(1) record Ping() implements Cmd {}",
                "    @Tag(2) record Set(@Terminated String key, @Prefixed(Width.VARINT) byte[] value) implements Cmd {}",
                "    @Tag(3) record Batch(@Prefixed(Width.UINT8) List<Ping> pings) implements Cmd {}",
                "}");
        JavaFileObject envelope = source("Envelope",
                "@Message(endian = Endian.LITTLE)",
                "public record Envelope(@UInt16 int seq, @Length(Width.UINT16) Cmd cmd) {}");
        assertCompilesCleanly(List.of("test.CmdCodec", "test.Cmd_PingCodec", "test.Cmd_SetCodec",
                "test.Cmd_BatchCodec", "test.EnvelopeCodec"), cmd, envelope);
    }

    @Test
    void untaggedProtocol() {
        JavaFileObject block = source("Block",
                "@Protocol(untagged = true)",
                "public sealed interface Block permits Block.Realtime, Block.Extra, Block.ExtraLong {",
                "    @Magic(\"FD AA\") @End(\"CC DD\") record Realtime(@Fixed(10) byte[] data) implements Block {}",
                "    @Magic(\"FD BB\") @End(\"CC DD\") record Extra(@Fixed(4) byte[] data) implements Block {}",
                "    @Magic(\"FD BB\") @End(\"CC DD\") record ExtraLong(@Fixed(8) byte[] data) implements Block {}",
                "}");
        assertCompilesCleanly(List.of("test.BlockCodec", "test.Block_RealtimeCodec", "test.Block_ExtraCodec",
                "test.Block_ExtraLongCodec"), block);
    }

    @Test
    void bitFieldTagProtocol() {
        JavaFileObject mq = source("Mq",
                "@Protocol(tag = Width.UINT8, tagBits = 4)",
                "public sealed interface Mq permits Mq.Connect, Mq.PingReq {",
                "    @Tag(1) record Connect(@Bits(4) int flags,",
                "            @Length(Width.MQTT) @Prefixed(Width.UINT16) String client) implements Mq {}",
                "    @Tag(12) record PingReq(@Bits(4) int flags, @UInt8 int zero) implements Mq {}",
                "}");
        assertCompilesCleanly(List.of("test.MqCodec", "test.Mq_ConnectCodec", "test.Mq_PingReqCodec"), mq);
    }

    @Test
    void lengthRegions() {
        // Modbus TCP: the length counts the unit id and the rest of the frame
        JavaFileObject adu = source("Adu",
                "@Message",
                "public record Adu(@UInt16 int transactionId, @UInt16 int protocolId,",
                "        @Length(Width.UINT16) @UInt8 int unitId, @Remaining byte[] pdu) {}");
        // a region that ends before the last component; a @Remaining value may end it
        JavaFileObject region = source("Region",
                "@Message",
                "public record Region(@Length(value = Width.UINT8, through = \"body\") byte kind,",
                "        @Terminated String name, @Remaining byte[] body, @UInt16 int trailer) {}");
        // PostgreSQL: the length counts itself
        JavaFileObject query = source("Query",
                "@Message",
                "public record Query(byte type, @Length(value = Width.UINT32, includeSelf = true) @Terminated String sql) {}");
        assertCompilesCleanly(List.of("test.AduCodec", "test.RegionCodec", "test.QueryCodec"), adu, region, query);
    }

    @Test
    void bitGroups() {
        JavaFileObject flags = source("Flags",
                "@Message",
                "public record Flags(@Bits(1) boolean urgent, @Bits(3) int priority, @Bits(4) Channel channel,",
                "        @UInt16 int id) {}");
        JavaFileObject reg = source("Reg",
                "@Message(endian = Endian.LITTLE, bitOrder = BitOrder.LSB_FIRST)",
                "public record Reg(@Bits(4) int low, @Bits(10) int mid, @Bits(1) boolean a, @Bits(1) boolean b,",
                "        byte separator, @Bits(40) long big, @Bits(24) long rest) {}");
        JavaFileObject channel = source("Channel",
                "@WireEnum",
                "public enum Channel { @Code(0) NONE, @Code(5) RADIO, @Fallback OTHER }");
        assertCompilesCleanly(List.of("test.FlagsCodec", "test.RegCodec", "test.ChannelCodes"), flags, reg, channel);
    }

    @Test
    void optionalsWithWhen() {
        JavaFileObject packet = source("Packet",
                "import java.util.Optional;",
                "@Message",
                "public record Packet(@Bits(1) boolean hasCrc, @Bits(7) int kind,",
                "        @When(\"hasCrc\") Optional<Integer> crc,",
                "        @UInt8 int flags,",
                "        @When(value = \"flags\", bit = 3) @Varint Optional<Long> counter,",
                "        @When(value = \"kind\", anyOf = {1, 2}) @UInt16 Optional<Integer> extra,",
                "        @When(\"hasCrc\") @Fixed(4) Optional<byte[]> tag,",
                "        @When(\"hasCrc\") Optional<Mode> mode) {}");
        JavaFileObject mode = source("Mode",
                "@WireEnum",
                "public enum Mode { @Code(1) A, @Code(2) B }");
        assertCompilesCleanly(List.of("test.PacketCodec", "test.ModeCodes"), packet, mode);
    }

    @Test
    void checksum() {
        JavaFileObject reading = source("Reading",
                "@Magic(\"FD AA\")",
                "@End(\"0D\")",
                "@Checksum(value = ChecksumType.CRC16_MODBUS, from = \"id\", order = Endian.LITTLE)",
                "@Message",
                "public record Reading(@UInt16 int id, @Fixed(4) byte[] data, float value) {}");
        JavaFileObject frame = source("Frame",
                "@Checksum(ChecksumType.CRC32)",
                "@Message",
                "public record Frame(@Length(value = Width.UINT8, adjust = -1) @UInt8 int kind,",
                "        @Prefixed(Width.UINT24) @Order(Endian.LITTLE) byte[] body) {}");
        assertCompilesCleanly(List.of("test.ReadingCodec", "test.FrameCodec"), reading, frame);
    }

    @Test
    void lists() {
        JavaFileObject registers = source("Registers",
                "import java.util.List;",
                "@Message",
                "public record Registers(@UInt8 int count, @CountedBy(\"count\") @UInt16 List<Integer> values,",
                "        @Prefixed(Width.VARINT) List<Point> points, @Prefixed(Width.UINT8) List<Mode> modes,",
                "        @Count(3) @Varint List<Long> varints, @Prefixed(Width.UINT16) List<Float> floats) {}");
        JavaFileObject point = source("Point",
                "@Message",
                "public record Point(short x, @Prefixed(Width.UINT8) String label) {}");
        JavaFileObject mode = source("Mode",
                "@WireEnum(bytes = 2)",
                "public enum Mode { @Code(1) A, @Code(2) B }");
        assertCompilesCleanly(List.of("test.RegistersCodec", "test.PointCodec", "test.ModeCodes"),
                registers, point, mode);
    }

    @Test
    void varintsAndSizes() {
        JavaFileObject varints = source("Varints",
                "@Message",
                "public record Varints(@Varint int a, @Varint(VarintKind.ZIGZAG) long b, @Varint(VarintKind.MQTT) int c,",
                "        @SizedBy(\"a\") byte[] data, @UInt8 short len, @SizedBy(\"len\") @Charset(\"ISO-8859-1\") String text,",
                "        @Terminated(\"0D 0A\") byte[] line) {}");
        assertCompilesCleanly(List.of("test.VarintsCodec"), varints);
    }

    @Test
    void remainingInsideALengthRegion() {
        // MQTT PUBLISH: the remaining length bounds the payload
        JavaFileObject publish = source("Publish",
                "import java.util.Optional;",
                "@Message",
                "public record Publish(@Bits(4) int type, @Bits(1) boolean dup, @Bits(2) int qos, @Bits(1) boolean retain,",
                "        @Length(Width.MQTT) @Prefixed(Width.UINT16) String topic,",
                "        @When(value = \"qos\", anyOf = {1, 2}) @UInt16 Optional<Integer> packetId,",
                "        @Remaining byte[] payload) {}");
        assertCompilesCleanly(List.of("test.PublishCodec"), publish);
    }

    // ================================================================ generator bugs, fixed

    /** A @Remaining value outside a @Length region once made frameLength() return twice (unreachable code). */
    @Test
    void prefixedStringAndRemainingBytes() {
        JavaFileObject frame = source("Frame",
                "@Message",
                "public record Frame(@Prefixed(Width.UINT8) String name, @Remaining byte[] payload) {}");
        assertCompilesCleanly(List.of("test.FrameCodec"), frame);
    }

    /** The same, for every last @Remaining component without a @Length: a String, a List, and before a checksum. */
    @Test
    void remainingStringListAndChecksummedBytesAtTheEnd() {
        JavaFileObject text = source("Text",
                "@Message",
                "public record Text(@UInt8 int kind, @Remaining String text) {}");
        JavaFileObject shorts = source("Shorts",
                "@Message",
                "public record Shorts(@UInt8 int kind, @Remaining java.util.List<Short> values) {}");
        JavaFileObject summed = source("Summed",
                "@Checksum(ChecksumType.XOR8)",
                "@Message",
                "public record Summed(@UInt8 int kind, @Remaining byte[] payload) {}");
        assertCompilesCleanly(List.of("test.TextCodec", "test.ShortsCodec", "test.SummedCodec"),
                text, shorts, summed);
    }

    /** An Optional of a variable-size String or byte[] once crashed the processor (ClassCastException). */
    @Test
    void optionalOfAPrefixedString() {
        JavaFileObject labelled = source("Labelled",
                "import java.util.Optional;",
                "@Message",
                "public record Labelled(@UInt8 int flags,",
                "        @When(value = \"flags\", bit = 3) @Prefixed(Width.UINT8) Optional<String> label) {}");
        assertCompilesCleanly(List.of("test.LabelledCodec"), labelled);
    }

    /** The same for @Remaining Optional<byte[]> (ClassCastException on FieldKind$BytesKind). */
    @Test
    void optionalOfRemainingBytes() {
        JavaFileObject tail = source("Tail",
                "import java.util.Optional;",
                "@Message",
                "public record Tail(boolean present, @When(\"present\") @Remaining Optional<byte[]> rest) {}");
        assertCompilesCleanly(List.of("test.TailCodec"), tail);
    }

    /** @Checksum(from = X) with X @Prefixed once declared X's position twice ("bodyAt is already defined"). */
    @Test
    void checksumFromAPrefixedComponent() {
        JavaFileObject m = source("M",
                "@Checksum(value = ChecksumType.XOR8, from = \"body\")",
                "@Message",
                "public record M(@UInt8 int kind, @Prefixed(Width.UINT8) byte[] body) {}");
        assertCompilesCleanly(List.of("test.MCodec"), m);
    }

    /** A @Count list in an otherwise fixed-size message once assigned an undeclared position variable. */
    @Test
    void countedListInAFixedSizeMessage() {
        JavaFileObject l = source("L",
                "@Message",
                "public record L(int x, @Count(2) java.util.List<Short> s) {}");
        assertCompilesCleanly(List.of("test.LCodec"), l);
    }

    /** C_ALIGNED once left bit groups out of its offsets: the int went to offset 5 (length 9), not 4. */
    @Test
    void alignedLayoutCountsBitGroups() {
        JavaFileObject aligned = source("Aligned",
                "@Message(layout = Layout.C_ALIGNED)",
                "public record Aligned(byte a, @Bits(8) int b, int c) {}");
        Compilation compilation = assertCompilesCleanly(List.of("test.AlignedCodec"), aligned);
        assertThat(compilation).generatedSourceFile("test.AlignedCodec").contentsAsUtf8String()
                .contains("public static final int ENCODED_LENGTH = 8;");
    }

    /**
     * {@code @Range} on every integer it may sit on: fixed widths (signed, an unsigned 8-byte one, a range
     * reaching Long.MIN_VALUE), varints, bit fields (one of 31 bits), a range on a length that
     * sizes a later value and on one a path reads inside a nested record.
     */
    @Test
    void rangesOnEveryIntegerKind() {
        JavaFileObject inner = source("Inner",
                "@Message",
                "public record Inner(@UInt16 @Range(from = 1, to = 100) int size) {}");
        JavaFileObject ranged = source("Ranged",
                "@Message",
                "public record Ranged(@Range(from = -5, to = 5) byte small, @Int(2) @Range(from = -300, to = -1) short neg,",
                "        @UInt(8) @Range(from = 0x10000, to = Long.MAX_VALUE) long big,",
                "        @Range(from = Long.MIN_VALUE, to = 0) long low,",
                "        @Varint @Range(from = 1, to = 1000) int v, @Varint(VarintKind.ZIGZAG) @Range(from = -9, to = 9) long z,",
                "        @Bits(4) @Range(from = 1, to = 9) int nibble, @Bits(4) @Range(from = 2, to = 3) short count,",
                "        @Bits(31) @Range(from = 0x40000000, to = Integer.MAX_VALUE) int wide, @Bits(1) boolean flag,",
                "        @UInt8 @Range(from = 1, to = 16) int n, @SizedBy(\"n\") byte[] data,",
                "        @CountedBy(\"count\") @UInt8 java.util.List<Short> items,",
                "        Inner inner, @SizedBy(\"inner.size\") byte[] rest) {}");
        assertCompilesCleanly(List.of("test.InnerCodec", "test.RangedCodec"), inner, ranged);
    }
}
