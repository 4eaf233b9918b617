package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;

/** Struct vectors: '>b{<Hi}H': a little-endian message inside a big-endian one. */
@Message(endian = Endian.BIG)
record OuterMixed(byte tag, InnerLittle inner, @UInt16 int tail) {}
