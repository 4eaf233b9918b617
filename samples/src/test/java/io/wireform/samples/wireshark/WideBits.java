package io.wireform.samples.wireshark;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Endian;
import io.wireform.annotations.Message;

/** A bit group of six bytes, little-endian: wider than the 32 bits Wireshark masks as numbers in Lua. */
@Message(endian = Endian.LITTLE)
public record WideBits(@Bits(1) boolean flag, @Bits(40) long big, @Bits(4) AllKinds.Level level, @Bits(3) int small) {}
