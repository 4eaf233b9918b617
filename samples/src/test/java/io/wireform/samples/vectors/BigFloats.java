package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;

/** Struct vectors: '>fd'. */
@Message(endian = Endian.BIG)
record BigFloats(float f, double d) {}
