package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;

/** Struct vectors: '>Hb'. */
@Message(endian = Endian.BIG)
record InnerBig(@UInt16 int a, byte b) {}
