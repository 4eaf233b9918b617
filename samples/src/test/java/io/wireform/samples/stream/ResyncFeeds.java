package io.wireform.samples.stream;

import io.wireform.annotations.Checksum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.End;
import io.wireform.annotations.Fixed;
import io.wireform.annotations.Magic;
import io.wireform.annotations.Message;
import io.wireform.annotations.Resync;

/** Single-message schemas that resynchronise by their magic: one closed by an end marker, one by a checksum. */
final class ResyncFeeds {
    private ResyncFeeds() {}

    @Magic("AA 55") @End("CC DD") @Message(resync = Resync.SCAN_TO_MAGIC)
    record Solo(@Fixed(4) byte[] d) {}

    @Magic("AA 55") @Checksum(ChecksumType.XOR8) @Message(resync = Resync.SCAN_TO_MAGIC)
    record Summed(@Fixed(4) byte[] d) {}
}
