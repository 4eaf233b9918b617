package io.wireform.annotations;

/**
 * How an unsigned number that the schema derives — a length prefix, a count, a tag — is written.
 * Fixed widths use the byte order of the field or message they belong to.
 */
public enum Width {
    /** One byte. */
    UINT8(1),
    /** Two bytes. */
    UINT16(2),
    /** Three bytes. */
    UINT24(3),
    /** Four bytes. */
    UINT32(4),
    /** Eight bytes. */
    UINT64(8),
    /** Unsigned LEB128: 7 bits per byte, least significant group first, high bit set on all but the last byte. */
    VARINT(0),
    /** MQTT's "remaining length": LEB128 of at most 4 bytes (values up to 268,435,455); a fifth byte is an error. */
    MQTT(0),
    /**
     * MySQL/MariaDB's length-encoded integer: below 251 one byte, else {@code FC}, {@code FD} or
     * {@code FE} then 2, 3 or 8 little-endian bytes (see {@link VarintKind#LENENC}). As a nullable
     * {@link Prefixed} width, {@code FB} stands for NULL.
     */
    LENENC(0);

    private final int bytes;

    Width(int bytes) {
        this.bytes = bytes;
    }

    /** {@return the fixed width in bytes, or 0 for the variable-length encodings} */
    public int bytes() {
        return bytes;
    }
}
