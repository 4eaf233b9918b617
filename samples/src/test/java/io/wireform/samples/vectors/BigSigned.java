package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;

/** Struct vectors: '>bhiq' and '!bhiq'. */
@Message(endian = Endian.BIG)
record BigSigned(byte b, short h, int i, long q) {}
