package io.wireform.samples.region;

import io.wireform.annotations.Checksum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Message;
import io.wireform.annotations.UInt8;

/**
 * A selected component that runs to the end of the frame, before a checksum: its records read up to
 * two bytes before the limit, which a frame cut short does not leave.
 */
@Message
@Checksum(ChecksumType.SUM8)
public record Trailed(@UInt8 short type, @io.wireform.annotations.SelectedBy("type") Chosen.Body body) {}
