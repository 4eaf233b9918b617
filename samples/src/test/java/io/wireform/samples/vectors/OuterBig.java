package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;

/** Struct vectors: '>b{>Hb}h': a nested message. */
@Message(endian = Endian.BIG)
record OuterBig(byte tag, InnerBig inner, short tail) {}
