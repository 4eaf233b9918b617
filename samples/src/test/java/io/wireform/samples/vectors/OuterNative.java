package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;

/**
 * Struct vectors: '@b{@bi}i', i.e. '@b8si': the nested message sits at offset 1 (placed like a byte
 * array, its fields aligned from its own start), the tail at 12.
 */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record OuterNative(byte tag, InnerNative inner, int tail) {}
