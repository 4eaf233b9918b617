package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.Padding;

/** Struct vectors: '>2xhx': padding first and last. */
@Message(endian = Endian.BIG)
record PaddedEdges(@Padding(before = 2, after = 1) short value) {}
