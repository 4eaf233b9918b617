package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;

/** Struct vectors: 'qb' (native): 9 bytes, no padding after the last field. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeQb(long q, byte b) {}
