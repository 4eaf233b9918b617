package io.wireform.samples.region;

import io.wireform.annotations.Checksum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt8;

/** A record running to its end nested last, before the holder's own checksum. */
@Message
@Checksum(ChecksumType.SUM8)
public record NestsLast(@UInt8 short head, Inner inner) {}
