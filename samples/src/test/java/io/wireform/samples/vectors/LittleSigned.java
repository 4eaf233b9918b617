package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;

/** Struct vectors: '<bhiq'. */
@Message(endian = Endian.LITTLE)
record LittleSigned(byte b, short h, int i, long q) {}
