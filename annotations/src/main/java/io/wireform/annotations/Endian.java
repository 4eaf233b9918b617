package io.wireform.annotations;

/** Byte order of multi-byte values. */
public enum Endian {
    /** Most significant byte first: network order, Python {@code struct}'s {@code '!'} and {@code '>'}. */
    BIG,
    /** Least significant byte first: Python {@code struct}'s {@code '<'}, x86 and ARM native order. */
    LITTLE
}
