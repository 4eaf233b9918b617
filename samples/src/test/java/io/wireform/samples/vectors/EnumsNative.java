package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;

/** Struct vectors: '@BHI': 2-byte code at 2, 4-byte code at 4. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record EnumsNative(Level level, Channel channel, Region region) {}
