package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;

/** Struct vectors: '<BHI' (1-, 2- and 4-byte enum codes). */
@Message(endian = Endian.LITTLE)
record EnumsLittle(Level level, Channel channel, Region region) {}
