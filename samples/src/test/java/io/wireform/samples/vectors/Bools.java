package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;

/** Struct vectors: '>??'. */
@Message(endian = Endian.BIG)
record Bools(boolean a, boolean b) {}
