package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;

/** Struct vectors: '>H4si'. */
@Message(endian = Endian.BIG)
record FixedMixBig(@UInt16 int length, @Fixed(4) byte[] tag, int value) {}
