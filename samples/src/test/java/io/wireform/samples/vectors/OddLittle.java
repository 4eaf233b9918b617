package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Int;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt;

/** Struct vectors: 3-, 5-, 6- and 7-byte integers, little-endian (int.to_bytes: struct has no such codes). */
@Message(endian = Endian.LITTLE)
record OddLittle(@Int(3) int s24, @UInt(3) int u24, @Int(5) long s40, @UInt(5) long u40,
        @Int(6) long s48, @UInt(6) long u48, @Int(7) long s56, @UInt(7) long u56) {}
