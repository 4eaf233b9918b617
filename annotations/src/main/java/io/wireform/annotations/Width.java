package io.wireform.annotations;

/**
 * How an unsigned number that the schema derives — a length prefix, a count, a tag — is written.
 * Fixed widths use the byte order of the field or message they belong to.
 */
public enum Width {
    UINT8(1), UINT16(2), UINT24(3), UINT32(4), UINT64(8),
    /** Unsigned LEB128: 7 bits per byte, least significant group first, high bit set on all but the last byte. */
    VARINT(0),
    /** MQTT's "remaining length": LEB128 of at most 4 bytes (values up to 268,435,455); a fifth byte is an error. */
    MQTT(0);

    private final int bytes;

    Width(int bytes) {
        this.bytes = bytes;
    }

    /** Fixed width in bytes, or 0 for the variable-length encodings. */
    public int bytes() {
        return bytes;
    }
}
