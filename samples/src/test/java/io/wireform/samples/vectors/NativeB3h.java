package io.wireform.samples.vectors;

import io.wireform.annotations.Count;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;
import java.util.List;

/** Struct vectors: '@b3h': a @Count list of shorts is a C array, aligned as a short: at 2. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeB3h(byte b, @Count(3) List<Short> h) {}
