package io.wireform.samples.vectors;

import io.wireform.annotations.Code;
import io.wireform.annotations.WireEnum;

/** A 1-byte enum code for the struct vectors. */
@WireEnum(bytes = 1)
enum Level {
    @Code(0) OFF,
    @Code(1) LOW,
    @Code(255) HIGH
}
