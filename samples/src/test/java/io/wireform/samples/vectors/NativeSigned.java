package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;

/** Struct vectors: '@bhiq': b at 0, h at 2, i at 4, q at 8, 16 bytes. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeSigned(byte b, short h, int i, long q) {}
