package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;

/** Struct vectors: '<Hi'. */
@Message(endian = Endian.LITTLE)
record InnerLittle(@UInt16 int a, int b) {}
