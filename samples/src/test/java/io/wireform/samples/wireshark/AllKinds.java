package io.wireform.samples.wireshark;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Charset;
import io.wireform.annotations.Checksum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Code;
import io.wireform.annotations.Count;
import io.wireform.annotations.CountedBy;
import io.wireform.annotations.End;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Int;
import io.wireform.annotations.Length;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.Order;
import io.wireform.annotations.Padding;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.SizedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.VarintKind;
import io.wireform.annotations.When;
import io.wireform.annotations.WireEnum;
import io.wireform.annotations.Width;
import java.util.List;
import java.util.Optional;

/**
 * Every field kind and item of today's vocabulary in one frame, for the dissector test: numbers of
 * every width and order, varints, floats, a boolean, a bit group with a boolean, an integer and an
 * enum, an enum, padding, byte strings and texts of every extent, lists, a nested record, a tagged
 * protocol with a varint tag, optionals of each condition, a length region ending in a rest-of-region
 * value, a checksum and both markers. (Payloads are the smart-home seed's.)
 */
@Magic("A5 5A")
@End("0D 0A")
@Checksum(ChecksumType.CRC16_CCITT_FALSE)
@Message
public record AllKinds(
        byte i8,
        @UInt16 int u16,
        @Int(3) int i24,
        @UInt(5) long u40,
        @Order(Endian.LITTLE) int i32le,
        @UInt(8) long u64,
        @Varint int leb,
        @Varint(VarintKind.ZIGZAG) long zigzag,
        @Varint(VarintKind.MQTT) int mqtt,
        float f32,
        @Order(Endian.LITTLE) double f64,
        boolean flag,
        @Bits(1) boolean urgent,
        @Bits(3) int priority,
        @Bits(4) Level level,
        Level mode,
        @Padding(before = 1, after = 2) @UInt8 int padded,
        @Fixed(4) byte[] fixedBytes,
        @Prefixed(Width.UINT8) String name,
        @UInt8 int size,
        @SizedBy("size") byte[] sized,
        @Terminated String line,
        @Charset("ISO-8859-1") @Prefixed(Width.VARINT) String latin,
        @Count(2) @UInt16 List<Integer> pair,
        @Prefixed(Width.UINT8) List<Point> points,
        @UInt8 int count,
        @CountedBy("count") List<Boolean> bools,
        Point origin,
        Shape shape,
        @When("flag") @UInt16 Optional<Integer> ifFlag,
        @When(value = "u16", bit = 0) Optional<Float> ifBit,
        @When(value = "i8", anyOf = {1, 2}) @UInt8 Optional<Integer> ifAny,
        @Length(Width.UINT16) @Remaining byte[] rest) {

    @WireEnum
    public enum Level { @Code(1) LOW, @Code(2) HIGH }

    @Message
    public record Point(short x, short y) {}

    @Protocol(tag = Width.VARINT)
    public sealed interface Shape permits Circle, Square {}

    @Tag(1)
    public record Circle(@UInt16 int radius) implements Shape {}

    @Tag(300)
    public record Square(@UInt8 int side, @Prefixed(Width.UINT8) List<Level> levels) implements Shape {}
}
