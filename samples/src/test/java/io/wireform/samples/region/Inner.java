package io.wireform.samples.region;

import io.wireform.annotations.Checksum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Max;
import io.wireform.annotations.Message;
import io.wireform.annotations.Remaining;
import io.wireform.annotations.UInt16;

/** A record running to its end, with a field before the rest and a checksum after it. */
@Message
@Checksum(ChecksumType.XOR8)
public record Inner(@UInt16 int id, @Max(5) @Remaining byte[] data) {}
