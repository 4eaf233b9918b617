package io.wireform.annotations;

/** The variable-length integer encodings {@link Varint} supports. */
public enum VarintKind {
    /** Unsigned LEB128 (Protocol Buffers' varint): negative values cannot be encoded. */
    LEB128,
    /** Zigzag then LEB128 (Protocol Buffers' sint32/sint64): small negative numbers stay short. */
    ZIGZAG,
    /** MQTT's remaining length: unsigned LEB128 of at most 4 bytes, values 0 to 268,435,455. */
    MQTT,
    /**
     * MySQL/MariaDB's length-encoded integer ({@code int<lenenc>}): a value below 251 is one byte;
     * {@code FC} then 2, {@code FD} then 3, {@code FE} then 8 little-endian bytes above that. Written
     * minimally; a longer form is accepted on decode, a first byte of {@code FB} or {@code FF} is not.
     */
    LENENC
}
