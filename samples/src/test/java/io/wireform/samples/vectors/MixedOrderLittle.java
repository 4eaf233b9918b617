package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.Order;
import io.wireform.annotations.UInt32;

/** Struct vectors: '>I + <h + >d': per-field byte order. */
@Message(endian = Endian.LITTLE)
record MixedOrderLittle(@Order(Endian.BIG) @UInt32 long magic, short s, @Order(Endian.BIG) double d) {}
