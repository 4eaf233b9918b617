package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;

/** Struct vectors: 'bd' (native): d at 8. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeBd(byte b, double d) {}
