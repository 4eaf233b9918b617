package io.wireform.samples.vectors;

import io.wireform.annotations.Code;
import io.wireform.annotations.WireEnum;

/** A 3-byte enum code for the struct vectors. */
@WireEnum(bytes = 3)
enum Tier {
    @Code(0x010203) T1,
    @Code(0xFFFFFF) TOP
}
