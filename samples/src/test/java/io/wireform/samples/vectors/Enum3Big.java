package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;

/** Struct vectors: a 3-byte enum code (int.to_bytes) + '>B'. */
@Message(endian = Endian.BIG)
record Enum3Big(Tier tier, Level level) {}
