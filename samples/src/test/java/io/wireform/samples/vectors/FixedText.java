package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Message;

/** Struct vectors: '>6s' holding UTF-8 text. */
@Message(endian = Endian.BIG)
record FixedText(@Fixed(6) String text) {}
