package io.wireform.annotations;

/** The variable-length integer encodings {@link Varint} supports. */
public enum VarintKind {
    /** Unsigned LEB128 (Protocol Buffers' varint): negative values cannot be encoded. */
    LEB128,
    /** Zigzag then LEB128 (Protocol Buffers' sint32/sint64): small negative numbers stay short. */
    ZIGZAG,
    /** MQTT's remaining length: unsigned LEB128 of at most 4 bytes, values 0 to 268,435,455. */
    MQTT
}
