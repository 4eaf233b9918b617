package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.stream.NestedDelimiters.Holder;
import io.wireform.samples.stream.NestedDelimiters.Item;
import io.wireform.samples.stream.NestedDelimiters.Pair;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reader remembers where a delimiter search ran out of input, so that the next look at the frame
 * resumes it (a {@code FrameScan}). The search is known by its offset in the frame: a nested record's
 * search used to be known by its offset in that record, so two items whose texts both start one byte
 * into the item took each other's place. With the frame arriving a byte at a time, the first item's
 * search resumed where the second's had stopped, past its own terminator.
 */
class NestedDelimitersTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void listElementsSearchesDoNotMix() throws IOException {
        // items [01 ""] and [02 "abcdef"], then 7f: the second's search runs out 4 bytes into it
        byte[] frame = HEX.parseHex("0100" + "0261626364656600" + "7f");
        Pair expected = new Pair(List.of(new Item(1, ""), new Item(2, "abcdef")), 0x7f);
        assertEquals(expected, NestedDelimiters_PairCodec.INSTANCE.decode(frame));
        assertEveryWayReads(NestedDelimiters_PairCodec.INSTANCE, NestedDelimiters_PairReader.builder(), frame, expected);
    }

    @Test
    void nestedRecordsSearchesDoNotMixWithTheOuterOne() throws IOException {
        // name "x", then items [05 ""] and [06 "hello"]
        byte[] frame = HEX.parseHex("7800" + "0500" + "0668656c6c6f00");
        Holder expected = new Holder("x", new Item(5, ""), new Item(6, "hello"));
        assertEquals(expected, NestedDelimiters_HolderCodec.INSTANCE.decode(frame));
        assertEveryWayReads(NestedDelimiters_HolderCodec.INSTANCE, NestedDelimiters_HolderReader.builder(), frame, expected);
    }

    /** Whole, then in every chunk size from 1 up, pushed and pulled, twice in a row: one frame each, equal to decode's. */
    private static <T> void assertEveryWayReads(WireCodec<T> codec, FrameReader.Builder<T> builder, byte[] frame, T expected)
            throws IOException {
        byte[] twice = new byte[2 * frame.length];
        System.arraycopy(frame, 0, twice, 0, frame.length);
        System.arraycopy(frame, 0, twice, frame.length, frame.length);
        assertEquals(frame.length, codec.frameLength(ByteBuffer.wrap(frame)));
        for (int chunk = 1; chunk <= twice.length; chunk++) {
            List<T> pushed = new ArrayList<>();
            FrameReader<T> reader = builder.build();
            for (int at = 0; at < twice.length; at += chunk) {
                reader.feed(ByteBuffer.wrap(twice, at, Math.min(chunk, twice.length - at)), pushed::add);
            }
            assertEquals(List.of(expected, expected), pushed, "pushed in chunks of " + chunk);
            int size = chunk;
            InputStream trickle = new ByteArrayInputStream(twice) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    return super.read(b, off, Math.min(len, size));
                }
            };
            try (WireReader<T> pull = WireReader.of(trickle, builder.build())) {
                assertEquals(expected, pull.read(), "pulled in chunks of " + chunk);
                assertEquals(expected, pull.read(), "the second, pulled in chunks of " + chunk);
                assertEquals(null, pull.read());
            }
        }
    }
}
