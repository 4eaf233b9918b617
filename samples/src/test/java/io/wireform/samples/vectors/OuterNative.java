package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;

/**
 * Struct vectors: '@b3x{@bi}i': as C places a struct member, the nested message is aligned as its
 * strictest member (at 4; its fields aligned from its own start), the tail at 12.
 */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record OuterNative(byte tag, InnerNative inner, int tail) {}
