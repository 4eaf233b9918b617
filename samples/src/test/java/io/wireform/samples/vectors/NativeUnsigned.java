package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt;
import io.wireform.annotations.UInt16;
import io.wireform.annotations.UInt32;
import io.wireform.annotations.UInt8;

/** Struct vectors: '@BHIQ'. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeUnsigned(@UInt8 short b, @UInt16 int h, @UInt32 long i, @UInt(8) long q) {}
