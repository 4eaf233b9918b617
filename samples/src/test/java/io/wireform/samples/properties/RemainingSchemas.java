package io.wireform.samples.properties;

import io.wireform.annotations.Checksum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Count;
import io.wireform.annotations.End;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.Tag;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.VarintKind;
import io.wireform.annotations.Width;
import io.wireform.samples.properties.ListSchemas.Named;
import io.wireform.samples.properties.ListSchemas.Point;
import io.wireform.samples.properties.WireEnums.Color;
import java.util.List;

/**
 * Frames that end with "the rest of the input" (a top-level @Remaining), and two schemas that once
 * did not compile: a checksum from a prefixed field and a fixed-size message with a counted list.
 */
final class RemainingSchemas {
    private RemainingSchemas() {}

    @Message record RemainingBytes(@UInt16 int id, @Remaining byte[] rest) {}

    @Message record RemainingString(byte kind, @Remaining String text) {}

    @Message record RemainingLongs(byte kind, @Remaining List<Long> values) {}

    @Message(endian = Endian.LITTLE) record RemainingU16(@Remaining @UInt16 List<Integer> values) {}

    @Message record RemainingColors(@Prefixed(Width.UINT8) List<Color> first, @Remaining List<Color> rest) {}

    @Message record RemainingNamed(@Prefixed(Width.UINT8) List<Named> first, @Remaining List<Named> rest) {}

    @Message record RemainingPoints(@UInt8 int tag, @Remaining List<Point> points) {}

    @Message record RemainingVarints(@Varint long first, @Remaining @Varint(VarintKind.MQTT) List<Integer> rest) {}

    /** Modbus RTU: address, function, data to the end, CRC little-endian. */
    @Checksum(value = ChecksumType.CRC16_MODBUS, order = Endian.LITTLE)
    @Message
    record ModbusRtu(@UInt8 int address, @UInt8 int function, @Remaining byte[] data) {}

    /** XOR8 and an end marker after the rest of the frame. */
    @End("0D 0A")
    @Checksum(ChecksumType.XOR8)
    @Message
    record Xor8Rest(@UInt8 int talker, @Remaining byte[] sentence) {}

    /** A nested message that takes the rest, as the outer message's last component. */
    @Message record RestInner(@UInt8 int kind, @Remaining byte[] data) {}

    @Message record RestOuter(short id, RestInner inner) {}

    /** A nested message that is nothing but the rest: it may take no bytes at all. */
    @Message record RestOnly(@Remaining byte[] data) {}

    @Message record RestOnlyOuter(short id, RestOnly inner) {}

    /** A protocol whose record takes the rest. */
    @Protocol(tag = Width.UINT16, endian = Endian.LITTLE)
    sealed interface RestProtocol permits RestProtocol.Data, RestProtocol.Stop {
        @Tag(0xFFFF) record Data(@Prefixed(Width.UINT16) String text, @Remaining byte[] rest) implements RestProtocol {}
        @Tag(1) record Stop() implements RestProtocol {}
    }

    /** A checksum from a prefixed field (the checksum's start and the prefix's data once shared a local). */
    @Checksum(value = ChecksumType.CRC32, from = "payload")
    @Message
    record Crc32FromPrefixed(@UInt16 int seq, @Prefixed(Width.UINT16) byte[] payload) {}

    /** A fixed-size message of counted lists only (6 + 4 + 2 + 16 + 8 = 36 bytes). */
    @Message
    record CountedOnly(@Count(3) @UInt16 List<Integer> u16, @Count(2) List<Short> shorts,
                       @Count(2) List<Boolean> flags, @Count(2) List<Double> doubles, @Count(2) List<Point> points) {}
}
