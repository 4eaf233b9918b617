package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt16;

/** Struct vectors: '<?H?'. */
@Message(endian = Endian.LITTLE)
record LittleBoolMix(boolean first, @UInt16 int value, boolean last) {}
