package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;

/** Struct vectors: '@b?h': a bool needs no alignment, h at 2. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeByteBoolShort(byte b, boolean flag, short h) {}
