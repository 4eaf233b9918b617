package io.wireform.samples.vectors;

import io.wireform.annotations.Count;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;
import java.util.List;

/** Struct vectors: '@b2s2i': two bytes at 1, a list of ints at 4. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeB2s2i(byte b, @Fixed(2) byte[] s, @Count(2) List<Integer> i) {}
