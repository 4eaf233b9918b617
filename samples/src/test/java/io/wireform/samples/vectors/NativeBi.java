package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;

/** Struct vectors: 'bi' (native): i at 4. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeBi(byte b, int i) {}
