package io.wireform.samples.properties;

// EXCLUDED FROM THE BUILD (the .excluded suffix keeps javac away): each schema below is valid by the
// annotations' javadoc, but the code generated for it does not compile. Rename this file and
// CompileFailuresTest.java.excluded back to .java once the processor is fixed.

import io.wireform.annotations.Bits;
import io.wireform.annotations.Checksum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Message;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Width;

final class CompileFailures {
    private CompileFailures() {}

    /**
     * A checksum from a bit-field member (here the first of its group, which starts on a byte
     * boundary). Generated: "Checksums.xor8(out, aChecksumFrom, ...)" with no such local, because the
     * local is only declared for ordinary fields, not for bit-group members: "cannot find symbol".
     * (From a member that does not start a group, the processor should report a diagnostic.)
     */
    @Checksum(value = ChecksumType.XOR8, from = "a")
    @Message
    record ChecksumFromBits(@Bits(4) int a, @Bits(4) int b, byte c) {}

    /**
     * A varint tag of 2^32 (the validator accepts any value for VARINT and UINT64 tags). Generated:
     * "case 0x100000000 -> ..." in a switch on (int) tag: "integer number too large".
     */
    @Protocol(tag = Width.VARINT)
    sealed interface WideVarintTags permits WideVarintTags.Small, WideVarintTags.Huge {
        @Tag(1) record Small() implements WideVarintTags {}
        @Tag(0x1_0000_0000L) record Huge(byte b) implements WideVarintTags {}
    }
}
