package io.wireform.annotations;

/** Checksum algorithms, each identified by its catalogue name and its check value over {@code "123456789"}. */
public enum ChecksumType {
    /** CRC-8/SMBUS: poly 0x07, init 0x00, no reflection; 1 byte; check 0xF4. */
    CRC8(1),
    /** CRC-16/MODBUS: poly 0x8005 reflected, init 0xFFFF; 2 bytes; check 0x4B37. Modbus RTU sends it little-endian. */
    CRC16_MODBUS(2),
    /** CRC-16/CCITT-FALSE (IBM-3740): poly 0x1021, init 0xFFFF, no reflection; 2 bytes; check 0x29B1. */
    CRC16_CCITT_FALSE(2),
    /** CRC-32 (ISO-HDLC, zip, Ethernet), as {@code java.util.zip.CRC32}; 4 bytes; check 0xCBF43926. */
    CRC32(4),
    /** CRC-32C (Castagnoli, iSCSI), as {@code java.util.zip.CRC32C}; 4 bytes; check 0xE3069283. */
    CRC32C(4),
    /** Sum of all bytes modulo 256; 1 byte; check 0xDD. */
    SUM8(1),
    /** XOR of all bytes; 1 byte; check 0x31. */
    XOR8(1);

    private final int bytes;

    ChecksumType(int bytes) {
        this.bytes = bytes;
    }

    /** {@return the width of the checksum on the wire, in bytes} */
    public int bytes() {
        return bytes;
    }
}
