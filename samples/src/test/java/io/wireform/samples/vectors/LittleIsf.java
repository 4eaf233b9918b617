package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt32;

/** Struct vectors: '<I 2s f', 10 bytes. */
@Message(endian = Endian.LITTLE)
record LittleIsf(@UInt32 long id, @Fixed(2) byte[] code, float value) {}
