package io.wireform.samples.vectors;

import io.wireform.annotations.Count;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;
import java.util.List;

/** Struct vectors: '@b2d': a @Count list of doubles at 8. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeB2d(byte b, @Count(2) List<Double> d) {}
