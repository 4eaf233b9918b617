package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.Padding;

/** Struct vectors: '<b3xi'. */
@Message(endian = Endian.LITTLE)
record PaddedLittle(byte kind, @Padding(before = 3) int length) {}
