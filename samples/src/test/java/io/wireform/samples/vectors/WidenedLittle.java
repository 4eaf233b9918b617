package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Int;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt;
import io.wireform.annotations.UInt8;

/** Struct vectors: '<bhiqBHIB': standard widths carried in wider Java types. */
@Message(endian = Endian.LITTLE)
record WidenedLittle(@Int(1) short s8, @Int(2) int s16, @Int(4) long s32, @Int(8) long s64,
        @UInt(1) int u8, @UInt(2) long u16, @UInt(4) long u32, @UInt8 int u8b) {}
