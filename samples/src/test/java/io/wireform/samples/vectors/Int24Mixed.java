package io.wireform.samples.vectors;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Int;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt;
import io.wireform.annotations.UInt16;

/** Struct vectors: '>b' + two 3-byte ints + '>H'. */
@Message(endian = Endian.BIG)
record Int24Mixed(byte tag, @Int(3) int delta, @UInt(3) int length, @UInt16 int crc) {}
