package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;

/** Struct vectors: '@?i': i at 4. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeBoolInt(boolean flag, int value) {}
