package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Message;

/** Struct vectors: '>4s'. */
@Message(endian = Endian.BIG)
record FixedBytes(@Fixed(4) byte[] data) {}
