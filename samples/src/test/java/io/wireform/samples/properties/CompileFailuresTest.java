package io.wireform.samples.properties;

import org.junit.jupiter.api.Test;

/** The schemas of {@link CompileFailures}, which compile now, write the bytes they should. */
class CompileFailuresTest {

    @Test
    void checksumFromABitFieldMember() {
        // a = 1, b = 2 -> 12; c = 03; XOR8 from a: 12 ^ 03 = 11
        WireVectorsTest.vector(CompileFailures_ChecksumFromBitsCodec.INSTANCE,
                new CompileFailures.ChecksumFromBits(1, 2, (byte) 3), "12 03 11");
    }

    @Test
    void varintTagOfTwoToThe32() {
        WireVectorsTest.vector(CompileFailures_WideVarintTagsCodec.INSTANCE,
                new CompileFailures.WideVarintTags.Huge((byte) 7), "8080808010 07");
        WireVectorsTest.vector(CompileFailures_WideVarintTagsCodec.INSTANCE, new CompileFailures.WideVarintTags.Small(), "01");
    }
}
