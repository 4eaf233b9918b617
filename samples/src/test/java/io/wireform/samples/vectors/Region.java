package io.wireform.samples.vectors;

import io.wireform.annotations.Code;
import io.wireform.annotations.WireEnum;

/** A 4-byte enum code for the struct vectors. */
@WireEnum(bytes = 4)
enum Region {
    @Code(0) NONE,
    @Code(0x12345678) SOME,
    @Code(0xFFFFFFFFL) ALL
}
