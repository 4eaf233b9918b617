package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;
import io.wireform.annotations.Padding;

/** Struct vectors: '@bxi': b at 0, x at 1, i aligned to 4. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativePadAfter(@Padding(after = 1) byte kind, int length) {}
