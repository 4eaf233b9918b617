package io.wireform.samples.conformance;

import io.wireform.annotations.BitOrder;
import io.wireform.annotations.Bits;
import io.wireform.annotations.Checksum;
import io.wireform.annotations.Code;
import io.wireform.annotations.UInt32;
import io.wireform.annotations.WireEnum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Const;
import io.wireform.annotations.CountedBy;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.Length;
import io.wireform.annotations.Max;
import io.wireform.annotations.Message;
import io.wireform.annotations.Padding;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Range;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Varint;
import io.wireform.annotations.VarintKind;
import io.wireform.annotations.Width;
import io.wireform.runtime.Payload;

/** Schemas of what the conformance suites found in the newer constructs, minimal: see FindingsTest. */
final class Findings {
    private Findings() {}

    /** A varint is an integer, so it can be a constant. */
    @Message
    record VarConst(@Const(300) @Varint int version, @Const(-2) @Varint(VarintKind.ZIGZAG) long delta, byte data) {}

    @Protocol(selected = true)
    sealed interface Body permits Raw {}

    @Tag(1)
    record Raw(@Remaining byte[] data) implements Body {}

    /** A selected record that runs to the end of its region, with reserved bytes after it. */
    @Message
    record PaddedSelected(byte kind, @Padding(after = 2) @SelectedBy("kind") Body body) {}

    @Message
    record Tail(@Remaining byte[] data) {}

    /** A nested record that runs to the end of its region, with reserved bytes after it. */
    @Message
    record PaddedNested(byte kind, @Padding(after = 2) Tail tail) {}

    /** Two length regions ending at the same field, then the rest: the record runs to the end of its input (S23). */
    @Message
    record TwoRegions(@Length(value = Width.UINT8, through = "b") byte a, @Length(value = Width.UINT8, through = "b") byte b,
            @Remaining byte[] rest) {}

    /** TwoRegions nested in a length region, with a reserved byte after it in the region, and a byte after that. */
    @Message
    record PaddedTwoRegions(@Padding(after = 1) @Length(value = Width.UINT8, through = "inner") TwoRegions inner,
            byte last) {}

    @Protocol(selected = true)
    sealed interface Maybe permits Nothing, Some {}

    @Tag(0)
    record Nothing() implements Maybe {}

    @Tag(1)
    record Some(byte value) implements Maybe {}

    /** A selected record that may be empty, last: a prefix needs the bytes up to it, no more. */
    @Message
    record Optionally(boolean present, int word, @SelectedBy("present") Maybe value) {}

    /** A count before reserved bytes: a bad count is reported where the list starts, however the bytes come. */
    @Message
    record PaddedCount(@Padding(after = 1) byte count, @CountedBy("count") java.util.List<Byte> items) {}

    /** A nested record running to the end of a frame with a checksum: the checksum is not the record's. */
    @Checksum(ChecksumType.XOR8)
    @Message
    record CheckedTail(byte kind, Tail tail) {}

    /** A streamed payload running to the end, with a @Max: sizeOf checks it (its generated code named no local). */
    @Message
    record CappedPayload(byte kind, @Max(4) @Remaining Payload data) {}

    /** A code of four bytes at or above 2^31. */
    @WireEnum(bytes = 4)
    enum Wide { @Code(1) LOW, @Code(0xFFFFFFF0L) HIGH }

    /** A four-byte code at or above 2^31 as a constant. */
    @Message
    record WideConst(@Const(0xFFFFFFF0L) Wide kind, byte data) {}

    @Protocol(selected = true)
    sealed interface WideBody permits LowBody, HighBody {}

    @Tag(1)
    record LowBody(byte b) implements WideBody {}

    @Tag(0xFFFFFFF0L)
    record HighBody(short s) implements WideBody {}

    /** A four-byte code at or above 2^31 as a selector. */
    @Message
    record WideSelected(Wide kind, @SelectedBy("kind") WideBody body) {}

    /** An unsigned 32-bit value at or above 2^31 as a selector and a constant. */
    @Message
    record WideNumber(@Const(0xFFFFFFFEL) @UInt32 long magic, @UInt32 long kind, @SelectedBy("kind") WideBody body) {}

    /** A bit-field tag in two little-endian bytes, and a fallback record that says big-endian for itself. */
    @Protocol(tag = Width.UINT16, tagBits = 3, endian = Endian.LITTLE)
    sealed interface LittleTag permits LittleTag.Known, LittleTag.Other {
        @Tag(1) record Known(@Bits(13) int rest) implements LittleTag {}

        @Fallback @Message(endian = Endian.BIG) record Other(@Bits(3) int tag, @Bits(13) int rest) implements LittleTag {}
    }

    /** A bit-field tag, and records whose own bit fields go least significant first, a fallback's too. */
    @Protocol(tag = Width.UINT8, tagBits = 4)
    sealed interface LowFirst permits LowFirst.Known, LowFirst.Other {
        @Tag(1) @Message(bitOrder = BitOrder.LSB_FIRST) record Known(@Bits(1) boolean on, @Bits(3) int level)
                implements LowFirst {}

        @Fallback @Message(bitOrder = BitOrder.LSB_FIRST) record Other(@Bits(4) int tag, @Bits(1) boolean on,
                @Bits(3) int level) implements LowFirst {}
    }

    /** A varint with a @Range after a value of its own size: its range is checked where it starts. */
    @Message
    record RangedVarint(@Prefixed(Width.UINT8) String name, @Varint @Range(from = 1, to = 9) long n) {}
}
