package io.wireform.samples.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.Payload;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireEncodeException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-level regression tests of what the conformance suites found in the newer constructs. */
class FindingsTest {
    private static final HexFormat HEX = HexFormat.of();

    /** The fallback reads its tag group in the protocol's byte order, as the protocol reads the tag. */
    @Test
    void aFallbackHoldsALittleEndianBitFieldTagWhateverItsOwnByteOrder() {
        var codec = Findings_LittleTagCodec.INSTANCE;
        assertEquals("2321", HEX.formatHex(codec.encode(new Findings.LittleTag.Known(0x123))));
        // 0xa123 little-endian: tag 5 (the top 3 bits), which no record has, and 0x123
        Findings.LittleTag other = codec.decode(HEX.parseHex("23a1"));
        assertEquals(new Findings.LittleTag.Other(5, 0x123), other);
        assertEquals("23a1", HEX.formatHex(codec.encode(other)));
        assertEquals(new Findings.LittleTag.Known(0x123), codec.decode(HEX.parseHex("2321")));
    }

    /** The fallback's tag component holds the tag's bits, the top ones; its other bit fields start below, as Known's. */
    @Test
    void aFallbackWhoseBitFieldsGoLeastSignificantFirstHoldsTheTagOnTop() {
        var codec = Findings_LowFirstCodec.INSTANCE;
        // 0x1b: tag 1 (the top 4 bits); then least significant first: on = bit 0, level = bits 1 to 3
        assertEquals(new Findings.LowFirst.Known(true, 5), codec.decode(HEX.parseHex("1b")));
        assertEquals("1b", HEX.formatHex(codec.encode(new Findings.LowFirst.Known(true, 5))));
        Findings.LowFirst other = codec.decode(HEX.parseHex("5b")); // tag 5, which no record has
        assertEquals(new Findings.LowFirst.Other(5, true, 5), other);
        assertEquals("5b", HEX.formatHex(codec.encode(other)));
    }

    @Test
    void aVarintCanBeAConstant() {
        var codec = Findings_VarConstCodec.INSTANCE;
        Findings.VarConst value = new Findings.VarConst(300, -2L, (byte) 7);
        assertEquals("ac020307", HEX.formatHex(codec.encode(value)));
        assertEquals(value, codec.decode(HEX.parseHex("ac020307")));
        WireDecodeException wrong = assertThrows(WireDecodeException.class, () -> codec.decode(HEX.parseHex("ad020307")));
        assertEquals(0, wrong.offset());
        assertEquals("VarConst.version", wrong.fieldPath());
        assertEquals("300", wrong.expected());
        assertEquals("301", wrong.actual());
        WireEncodeException refused = assertThrows(WireEncodeException.class,
                () -> codec.encode(new Findings.VarConst(300, -1L, (byte) 7)));
        assertEquals("VarConst.delta", refused.fieldPath());
    }

    @Test
    void aSelectedRecordRunningToTheEndLeavesTheReservedBytesAfterIt() {
        var codec = Findings_PaddedSelectedCodec.INSTANCE;
        Findings.PaddedSelected value = new Findings.PaddedSelected((byte) 1, new Findings.Raw(new byte[] {7, 8}));
        byte[] bytes = codec.encode(value);
        assertEquals("0107080000", HEX.formatHex(bytes));
        assertEquals(bytes.length, codec.sizeOf(value));
        assertEquals(bytes.length, codec.frameLength(ByteBuffer.wrap(bytes)));
        Findings.PaddedSelected decoded = codec.decode(bytes);
        assertArrayEquals(new byte[] {7, 8}, ((Findings.Raw) decoded.body()).data());
    }

    @Test
    void aNestedRecordRunningToTheEndLeavesTheReservedBytesAfterIt() {
        var codec = Findings_PaddedNestedCodec.INSTANCE;
        Findings.PaddedNested value = new Findings.PaddedNested((byte) 1, new Findings.Tail(new byte[] {7, 8}));
        byte[] bytes = codec.encode(value);
        assertEquals("0107080000", HEX.formatHex(bytes));
        assertEquals(bytes.length, codec.frameLength(ByteBuffer.wrap(bytes)));
        assertArrayEquals(new byte[] {7, 8}, codec.decode(bytes).tail().data());
    }

    /** S23: two regions ending at the same field were counted as one closed, so the rest after them seemed bounded. */
    @Test
    void aRecordWhoseTwoRegionsEndAtOneFieldRunsToTheEndBeforeTheReservedBytesAfterIt() {
        var codec = Findings_PaddedTwoRegionsCodec.INSTANCE;
        Findings.PaddedTwoRegions value = new Findings.PaddedTwoRegions(
                new Findings.TwoRegions((byte) 7, (byte) 8, new byte[] {5}), (byte) 9);
        byte[] bytes = codec.encode(value);
        assertEquals("06" + "0307010805" + "00" + "09", HEX.formatHex(bytes));
        assertEquals(bytes.length, codec.frameLength(ByteBuffer.wrap(bytes)));
        Findings.PaddedTwoRegions decoded = codec.decode(bytes);
        assertArrayEquals(new byte[] {5}, decoded.inner().rest());
        assertEquals(9, decoded.last());
        assertTrue(Findings_TwoRegionsCodec.INSTANCE.runsToEnd());
    }

    @Test
    void aStreamedPayloadsMaxIsCheckedBySizeOf() {
        var codec = Findings_CappedPayloadCodec.INSTANCE;
        assertEquals(5, codec.sizeOf(new Findings.CappedPayload((byte) 1, Payload.of(new byte[] {1, 2, 3, 4}))));
        WireEncodeException e = assertThrows(WireEncodeException.class,
                () -> codec.sizeOf(new Findings.CappedPayload((byte) 1, Payload.of(new byte[] {1, 2, 3, 4, 5}))));
        assertEquals("CappedPayload.data", e.fieldPath());
    }

    @Test
    void aPrefixBeforeAnEmptySelectedRecordNeedsTheBytesUpToIt() {
        var codec = Findings_OptionallyCodec.INSTANCE;
        byte[] bytes = codec.encode(new Findings.Optionally(false, 5, new Findings.Nothing()));
        assertEquals("0000000005", HEX.formatHex(bytes));
        for (int n = 1; n < bytes.length; n++) {
            int hint = codec.frameLength(ByteBuffer.wrap(bytes, 0, n).slice());
            assertTrue(hint < 0 && -hint > n && -hint <= bytes.length, n + " bytes: " + hint);
        }
        assertEquals(5, codec.frameLength(ByteBuffer.wrap(bytes)));
        assertEquals("0100000005" + "07", HEX.formatHex(codec.encode(
                new Findings.Optionally(true, 5, new Findings.Some((byte) 7)))));
    }

    @Test
    void aBadCountIsReportedWhereItsListStartsHoweverTheBytesCome() {
        var codec = Findings_PaddedCountCodec.INSTANCE;
        byte[] bytes = HEX.parseHex("caf4000000");
        // with the count alone, more bytes are needed to reach the list, where the error is
        assertEquals(-2, codec.frameLength(ByteBuffer.wrap(bytes, 0, 1).slice()));
        for (int n = 2; n <= bytes.length; n++) {
            ByteBuffer prefix = ByteBuffer.wrap(bytes, 0, n).slice();
            WireDecodeException e = assertThrows(WireDecodeException.class, () -> codec.frameLength(prefix));
            assertEquals(2, e.offset(), n + " bytes");
        }
        List<Long> offsets = new ArrayList<>();
        for (int chunk : new int[] {1, bytes.length}) {
            var reader = Findings_PaddedCountReader.builder().build();
            WireDecodeException e = assertThrows(WireDecodeException.class, () -> {
                for (int at = 0; at < bytes.length; at += chunk) {
                    reader.feed(java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + chunk)));
                }
            });
            offsets.add(e.offset());
        }
        assertEquals(List.of(2L, 2L), offsets);
    }

    @Test
    void aNestedRecordRunningToTheEndOfAFrameLeavesItsChecksum() {
        var codec = Findings_CheckedTailCodec.INSTANCE;
        byte[] bytes = codec.encode(new Findings.CheckedTail((byte) 1, new Findings.Tail(new byte[] {7, 8})));
        assertEquals("0107080e", HEX.formatHex(bytes));
        assertEquals(bytes.length, codec.frameLength(ByteBuffer.wrap(bytes)));
        assertArrayEquals(new byte[] {7, 8}, codec.decode(bytes).tail().data());
    }

    @Test
    void aFourByteEnumCodeAtOrAbove2To31IsAConstant() {
        var codec = Findings_WideConstCodec.INSTANCE;
        Findings.WideConst value = new Findings.WideConst(Findings.Wide.HIGH, (byte) 5);
        byte[] bytes = codec.encode(value);
        assertEquals("fffffff005", HEX.formatHex(bytes));
        assertEquals(value, codec.decode(bytes));
        assertEquals(5, codec.frameLength(ByteBuffer.wrap(bytes)));
        WireDecodeException wrong = assertThrows(WireDecodeException.class, () -> codec.decode(HEX.parseHex("0000000105")));
        assertEquals("WideConst.kind", wrong.fieldPath());
        assertEquals("4294967280", wrong.expected());
        assertThrows(WireEncodeException.class, () -> codec.encode(new Findings.WideConst(Findings.Wide.LOW, (byte) 5)));
    }

    @Test
    void aFourByteEnumCodeAtOrAbove2To31Selects() {
        var codec = Findings_WideSelectedCodec.INSTANCE;
        Findings.WideSelected high = new Findings.WideSelected(Findings.Wide.HIGH, new Findings.HighBody((short) 7));
        byte[] bytes = codec.encode(high);
        assertEquals("fffffff00007", HEX.formatHex(bytes));
        assertEquals(high, codec.decode(bytes));
        assertEquals(6, codec.frameLength(ByteBuffer.wrap(bytes)));
        Findings.WideSelected low = new Findings.WideSelected(Findings.Wide.LOW, new Findings.LowBody((byte) 3));
        assertEquals("0000000103", HEX.formatHex(codec.encode(low)));
        assertEquals(low, codec.decode(HEX.parseHex("0000000103")));
        assertThrows(WireEncodeException.class,
                () -> codec.encode(new Findings.WideSelected(Findings.Wide.LOW, new Findings.HighBody((short) 7))));
    }

    @Test
    void anUnsigned32BitValueAtOrAbove2To31SelectsAndIsAConstant() {
        var codec = Findings_WideNumberCodec.INSTANCE;
        Findings.WideNumber high = new Findings.WideNumber(0xFFFFFFFEL, 0xFFFFFFF0L, new Findings.HighBody((short) 7));
        byte[] bytes = codec.encode(high);
        assertEquals("fffffffe" + "fffffff0" + "0007", HEX.formatHex(bytes));
        assertEquals(high, codec.decode(bytes));
        assertEquals(10, codec.frameLength(ByteBuffer.wrap(bytes)));
        WireDecodeException wrong = assertThrows(WireDecodeException.class,
                () -> codec.decode(HEX.parseHex("fffffffd" + "fffffff0" + "0007")));
        assertEquals("4294967294", wrong.expected());
        assertEquals("4294967293", wrong.actual());
    }

    /** A varint read after a value of its own size: a value outside its @Range is reported at its first byte. */
    @Test
    void aVarintOutOfItsRangeIsReportedWhereItStarts() {
        var codec = Findings_RangedVarintCodec.INSTANCE;
        byte[] frame = HEX.parseHex("01" + "61" + "8a01"); // "a", then 138
        WireDecodeException wrong = assertThrows(WireDecodeException.class, () -> codec.decode(frame));
        assertEquals(2, wrong.offset());
        assertEquals("RangedVarint.n", wrong.fieldPath());
        assertEquals("01 61 [8a] 01", wrong.hexWindow());
        assertEquals("138", wrong.actual());
    }
}
