package io.wireform.annotations;

/** Which end of a bit-field group the first {@link Bits} component takes. */
public enum BitOrder {
    /** The first component takes the most significant bits of the group (network drawings, most RFCs). */
    MSB_FIRST,
    /** The first component takes the least significant bits (C bit fields on little-endian compilers). */
    LSB_FIRST
}
