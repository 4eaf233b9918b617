package io.wireform.samples.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An error inside a nested record is reported at its offset in the frame and under its path, whether
 * {@code decode} finds it or {@code frameLength} (which every stream reader asks first). {@code frameLength}
 * used to report it as its nested codec saw it: at an offset from the nested record's start
 * ({@code offset 0 (Part.<magic>)} for a byte at 7), which pointed the user at the wrong byte.
 */
class ErrorPlacementTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void aWrongMarkerInTheSecondOfTwoNestedRecords() {
        // id 01, first part cafe 01 61, second part ca fd ...: its marker's second byte is wrong, at 6
        byte[] frame = HEX.parseHex("01" + "cafe0161" + "cafd0162");
        String expected = "WireDecodeException at 6 (Pair.second.<magic>)";
        assertPlaced(expected, Placed_PairCodec.INSTANCE, Placed_PairReader::builder, frame);
    }

    @Test
    void aWrongConstantInARecordAPathReadsThrough() {
        // kind 07, header: name "ab", version 02 (not 1), count 01; then one value
        byte[] frame = HEX.parseHex("07" + "026162" + "02" + "01" + "09");
        String expected = "WireDecodeException at 4 (Doc.header.version)";
        assertPlaced(expected, Placed_DocCodec.INSTANCE, Placed_DocReader::builder, frame);
    }

    /** decode, frameLength and a reader fed the frame whole or a byte at a time report the error alike. */
    private static <T> void assertPlaced(String expected, WireCodec<T> codec, Supplier<FrameReader.Builder<T>> readers,
                                         byte[] frame) {
        assertEquals(expected, describe(assertThrows(WireException.class, () -> codec.decode(frame))), "decode");
        assertEquals(expected, describe(assertThrows(WireException.class,
                () -> codec.frameLength(ByteBuffer.wrap(frame), 0, frame.length))), "frameLength");
        for (int chunk : new int[] {frame.length, 1}) {
            FrameReader<T> reader = readers.get().build();
            List<T> read = new ArrayList<>();
            WireException e = assertThrows(WireException.class, () -> {
                for (int at = 0; at < frame.length; at += chunk) {
                    reader.feed(ByteBuffer.wrap(frame, at, Math.min(chunk, frame.length - at)), read::add);
                }
                reader.endOfStream(read::add);
            });
            assertEquals(expected, describe(e), "a reader fed " + chunk + " at a time");
        }
    }

    private static String describe(WireException e) {
        return e.getClass().getSimpleName() + " at " + e.offset() + " (" + e.fieldPath() + ")";
    }
}
