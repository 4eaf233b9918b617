package io.wireform.samples.properties;

import io.wireform.annotations.Bits;
import io.wireform.annotations.Checksum;
import io.wireform.annotations.ChecksumType;
import io.wireform.annotations.Message;
import io.wireform.annotations.Protocol;
import io.wireform.annotations.Tag;
import io.wireform.annotations.Width;

/**
 * Valid schemas whose generated code once failed to compile; the build compiling them is half the
 * test, {@link CompileFailuresTest} the other half.
 */
final class CompileFailures {
    private CompileFailures() {}

    /**
     * A checksum from a bit-field member (here the first of its group, which starts on a byte
     * boundary). The local for where it starts was once declared for ordinary fields only.
     */
    @Checksum(value = ChecksumType.XOR8, from = "a")
    @Message
    record ChecksumFromBits(@Bits(4) int a, @Bits(4) int b, byte c) {}

    /** A varint tag of 2^32, which was once written as a case of a switch on an int. */
    @Protocol(tag = Width.VARINT)
    sealed interface WideVarintTags permits WideVarintTags.Small, WideVarintTags.Huge {
        @Tag(1) record Small() implements WideVarintTags {}
        @Tag(0x1_0000_0000L) record Huge(byte b) implements WideVarintTags {}
    }
}
