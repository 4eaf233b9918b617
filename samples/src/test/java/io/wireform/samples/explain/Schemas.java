package io.wireform.samples.explain;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Checksum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Code;
import io.wireform.annotations.Const;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.Half;
import io.wireform.annotations.Length;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.Padding;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Range;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.SelectedBy;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.When;
import io.wireform.annotations.Width;
import io.wireform.annotations.WireEnum;
import java.util.List;
import java.util.Optional;

/** Schemas whose frames the explain tests take apart: one of each construct a table row shows differently. */
final class Schemas {
    private Schemas() {}

    @WireEnum enum Kind { @Code(1) SENSOR, @Code(2) RELAY }

    /** A checked frame: magic, a constant, reserved bytes, a half float, an optional, a list, a CRC. */
    @Magic("A5")
    @Checksum(value = ChecksumType.CRC16_MODBUS, order = Endian.LITTLE)
    @Message
    record Sensor(@Const(1) @UInt8 short version, Kind kind, @Padding(before = 1) @Half float celsius,
                  boolean hasSerial, @When("hasSerial") @UInt16 Optional<Integer> serial,
                  @Prefixed(Width.UINT8) @UInt8 List<Short> samples, @Terminated String name) {}

    /** A checked record inside another, so that its error is the outer frame's. */
    @Message record Station(@UInt8 int id, Sensor sensor) {}

    /** A record nested twice. */
    @Message record Point(short x, short y) {}
    @Message record Segment(Point from, Point to) {}
    @Message record Drawing(@UInt8 int layer, Segment segment, @Prefixed(Width.UINT8) List<Point> marks) {}

    /** Ranges on a byte and a bit field, which decode checks as it checks a constant. */
    @Message record Hop(@UInt8 @Range(from = 1, to = 64) int ttl, @Bits(4) @Range(from = 4, to = 6) int version,
                        @Bits(4) int flags) {}

    /** A list of records with a check inside each, so that decode's error names an element's field. */
    @Message record Entry(@Const(1) @UInt8 short version, @UInt8 int n) {}
    @Message record Entries(@Prefixed(Width.UINT8) List<Entry> entries) {}

    /** Records of their own size in a list, with a record inside each that checks its second field. */
    @Message record Check(@UInt8 int n, @Const(7) @UInt8 short seven) {}
    @Message record Tagged(@Terminated String name, Check check) {}
    @Message record Log(@UInt8 int id, @Prefixed(Width.UINT8) List<Tagged> items) {}
    /** That list inside a record inside the frame. */
    @Message record Book(@UInt8 int shelf, Log log) {}

    /** WebSocket's length: bits, and a record chosen by one of them, by ranges. */
    @Protocol(selected = true) sealed interface ExtendedLength permits Short7, Long16, Long64 {}
    @Tag(value = 0, to = 125) record Short7() implements ExtendedLength {}
    @Tag(126) record Long16(@UInt16 int length) implements ExtendedLength {}
    @Tag(127) record Long64(long length) implements ExtendedLength {}
    @Message record WsHeader(@Bits(1) boolean fin, @Bits(3) int rsv, @Bits(4) int opcode,
                             @Bits(1) boolean masked, @Bits(7) int length7,
                             @SelectedBy("length7") ExtendedLength extended) {}

    /** A length after the tag, and a fallback record keeping the tag and the body. */
    @Protocol(length = @Length(value = Width.UINT32, includeSelf = true))
    sealed interface Backend permits ReadyForQuery, CommandComplete, UnknownMessage {}
    @Tag('Z') record ReadyForQuery(byte status) implements Backend {}
    @Tag('C') record CommandComplete(@Terminated String tag) implements Backend {}
    @Fallback record UnknownMessage(@UInt8 int type, @Remaining byte[] body) implements Backend {}
}
