package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Layout;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt32;

/** Struct vectors: the seed, struct.Struct('I 2s f'): f at 8, 12 bytes. */
@Message(endian = Endian.LITTLE, layout = Layout.C_ALIGNED)
record NativeIsf(@UInt32 long id, @Fixed(2) byte[] code, float value) {}
