package io.wireform.samples.vectors;

import io.wireform.annotations.Code;
import io.wireform.annotations.WireEnum;

/** A 2-byte enum code for the struct vectors. */
@WireEnum(bytes = 2)
enum Channel {
    @Code(1) ONE,
    @Code(0x1234) MID,
    @Code(0xFFFF) LAST
}
