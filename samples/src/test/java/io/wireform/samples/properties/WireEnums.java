package io.wireform.samples.properties;

import io.wireform.annotations.Code;
import io.wireform.annotations.Fallback;
import io.wireform.annotations.WireEnum;

/** Enums used by the property schemas. */
final class WireEnums {
    private WireEnums() {}

    /** One byte, with a fallback that cannot be encoded. */
    @WireEnum
    enum Color { @Code(1) RED, @Code(2) GREEN, @Code(0x80) BLUE, @Code(0xFF) WHITE, @Fallback UNKNOWN }

    /** Two bytes, no fallback: an unknown code is an error. */
    @WireEnum(bytes = 2)
    enum Wide { @Code(0) ZERO, @Code(0x0102) SMALL, @Code(0xFFFE) LARGE }

    /** Codes that fit four bits, for bit fields. */
    @WireEnum
    enum Mode { @Code(0) OFF, @Code(5) SLOW, @Code(10) FAST, @Code(15) MAX }
}
