package io.wireform.samples.properties;

import io.wireform.annotations.Checksum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.End;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.Prefixed;
import io.wireform.annotations.Terminated;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt8;
import io.wireform.annotations.Varint;
import io.wireform.annotations.Width;

/** One message per checksum type, with and without {@code from}, with markers around. */
final class ChecksumSchemas {
    private ChecksumSchemas() {}

    // "123456789" followed by the checksum: the catalogue's check values.
    @Checksum(ChecksumType.CRC8) @Message record CheckCrc8(@Fixed(9) byte[] data) {}
    @Checksum(value = ChecksumType.CRC16_MODBUS, order = Endian.LITTLE) @Message record CheckModbus(@Fixed(9) byte[] data) {}
    @Checksum(ChecksumType.CRC16_CCITT_FALSE) @Message record CheckCcitt(@Fixed(9) byte[] data) {}
    @Checksum(ChecksumType.CRC32) @Message record CheckCrc32(@Fixed(9) byte[] data) {}
    @Checksum(ChecksumType.CRC32C) @Message record CheckCrc32c(@Fixed(9) byte[] data) {}
    @Checksum(ChecksumType.SUM8) @Message record CheckSum8(@Fixed(9) byte[] data) {}
    @Checksum(ChecksumType.XOR8) @Message record CheckXor8(@Fixed(9) byte[] data) {}

    /** CRC-8 over the whole frame of variable fields. */
    @Checksum(ChecksumType.CRC8)
    @Message
    record Crc8Frame(@UInt8 int a, @Prefixed(Width.UINT8) byte[] data) {}

    /** Modbus RTU read request: address, function, start, quantity, CRC little-endian (fixed-size). */
    @Checksum(value = ChecksumType.CRC16_MODBUS, order = Endian.LITTLE)
    @Message
    record ModbusRtuRead(@UInt8 int address, @UInt8 int function, @UInt16 int first, @UInt16 int quantity) {}

    /** Modbus RTU write-multiple: CRC little-endian after variable data. */
    @Checksum(value = ChecksumType.CRC16_MODBUS, order = Endian.LITTLE)
    @Message
    record ModbusRtuWrite(@UInt8 int address, @UInt8 int function, @Prefixed(Width.UINT8) byte[] data) {}

    /** Magic and end marker around a CRC-16 that covers the magic too. */
    @Magic("AA 55")
    @End("0D")
    @Checksum(ChecksumType.CRC16_CCITT_FALSE)
    @Message
    record CcittFramed(@Prefixed(Width.UINT8) String text, @UInt16 int seq) {}

    /** CRC-32 from a later field: the sequence number is not covered. */
    @Checksum(value = ChecksumType.CRC32, from = "kind")
    @Message
    record Crc32From(@UInt16 int seq, byte kind, @Prefixed(Width.UINT16) byte[] payload) {}

    /** CRC-32C in a little-endian message, after a magic. */
    @Magic("C3")
    @Checksum(ChecksumType.CRC32C)
    @Message(endian = Endian.LITTLE)
    record Crc32cLittle(@UInt16 int id, @Prefixed(Width.UINT16) byte[] body) {}

    /** STX, command, terminated body, SUM8 from the body, ETX. */
    @Magic("02")
    @End("03")
    @Checksum(value = ChecksumType.SUM8, from = "body")
    @Message
    record Sum8Framed(byte command, @Terminated byte[] body) {}

    /** SUM8 from a terminated body that follows a varint (so that it does not start at a constant offset). */
    @Magic("02")
    @End("03")
    @Checksum(value = ChecksumType.SUM8, from = "body")
    @Message
    record Sum8AfterVarint(@Varint int command, @Terminated byte[] body) {}

    /** XOR8 over a terminated sentence, then an end marker (NMEA-like). */
    @Magic("24")
    @End("0D 0A")
    @Checksum(ChecksumType.XOR8)
    @Message
    record Xor8Framed(@UInt8 int talker, @Terminated("2A") byte[] sentence) {}
}
