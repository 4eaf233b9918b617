package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;
import io.wireform.annotations.Padding;

/** Struct vectors: '@bix': b at 0, i aligned to 4, then one pad byte of the record's own. */
@Padding(1)
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeTrailingPad(byte kind, int length) {}
