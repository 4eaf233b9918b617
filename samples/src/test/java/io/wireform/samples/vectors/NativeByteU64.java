package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt;
import io.wireform.annotations.UInt8;

/** Struct vectors: 'BQ' (native): Q at 8. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeByteU64(@UInt8 short b, @UInt(8) long q) {}
