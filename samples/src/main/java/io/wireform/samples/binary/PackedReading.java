package io.wireform.samples.binary;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt32;

/** seeds/002 with {@code struct.Struct('<I 2s f')}: little-endian and packed, 10 bytes. */
@Message(endian = Endian.LITTLE)
public record PackedReading(@UInt32 long id, @Fixed(2) byte[] code, float value) {}
