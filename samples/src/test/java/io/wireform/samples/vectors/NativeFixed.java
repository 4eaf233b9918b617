package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;

/** Struct vectors: '@b4sq': 4s at 1, q at 8. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeFixed(byte b, @Fixed(4) byte[] data, long q) {}
