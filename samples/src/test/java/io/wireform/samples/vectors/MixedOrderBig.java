package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.Order;
import io.wireform.annotations.UInt16;

/** Struct vectors: '>H + <Hif + >q': per-field byte order. */
@Message(endian = Endian.BIG)
record MixedOrderBig(@UInt16 int be, @Order(Endian.LITTLE) @UInt16 int le, @Order(Endian.LITTLE) int i,
        @Order(Endian.LITTLE) float f, long q) {}
