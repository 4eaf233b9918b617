package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.wireform.annotations.Endian;
import io.wireform.annotations.Resync;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.net.Beat;
import io.wireform.samples.net.BeatReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Resync by magic under a framing of the reader's own: the magic ({@code FD AA}, {@link Beat}'s) comes after
 * the framing's header, so the reader drops bytes up to the next place where a header is followed by a magic
 * and reads the frame from its header; {@code SKIP_FRAME} drops a frame the framing measured whole (one over the
 * limit too, as its bytes arrive). The same
 * messages, dropped bytes and error however the stream is fed: whole, a byte at a time, cut in two at every
 * point, pulled a byte a read.
 */
class FramedResyncTest {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    /**
     * Beats in 2-byte length prefixes: "hi"; 3 bytes of garbage; "ok"; a frame whose length says 9 where its
     * sender sent 5 (so the length takes in the next frame's header and magic, and the text's length, 7, runs
     * past the 9); "yo"; "en"; and the first 3 bytes of a frame.
     */
    private static final String STREAM = "00 05 fd aa 02 68 69" // 0: hi
            + " 17 fd 00" //                                        7: garbage, read as a length of 0x17fd
            + " 00 05 fd aa 02 6f 6b" //                            10: ok
            + " 00 09 fd aa 07 61 62" //                            17: cut short by its sender
            + " 00 05 fd aa 02 79 6f" //                            24: yo
            + " 00 05 fd aa 02 65 6e" //                            31: en
            + " 00 05 fd"; //                                       38: the stream ends 3 bytes into a 7-byte frame

    @Test
    void scanToMagicStopsOnTheHeaderBeforeTheNextMagicHoweverFed() throws IOException {
        byte[] stream = HEX.parseHex(STREAM);
        // the garbage up to the header before "ok"'s magic; the frame cut short up to the header before "yo"'s
        Outcome want = new Outcome(List.of("hi", "ok", "yo", "en"), 3 + 7,
                "TruncatedFrameException at 3 of a 7-byte frame");
        Outcome whole = readWhole(Resync.SCAN_TO_MAGIC, Framing.lengthPrefixed(2), stream);
        assertEquals(want, whole.without());
        assertEquals("[3 at 7: Beat.<magic> at 0, 7 at 17: TruncatedFrameException]", whole.regions.toString());
        assertEquals("expected a frame starting with fd aa after its framing's header", whole.firstCause);
        everyFeedingGives(want, Resync.SCAN_TO_MAGIC, Framing.lengthPrefixed(2), stream);
    }

    @Test
    void skipFrameDropsWhatTheFramingMeasuredWholeTrustingItsLengthEvenOverTheLimit() throws IOException {
        // the garbage's first two bytes are the framing's length, 0x17fd, over the limit: under SKIP_FRAME a frame
        // whose length is known, dropped as its bytes arrive; the stream ends inside it, all 34 bytes dropped
        byte[] stream = HEX.parseHex(STREAM);
        Outcome want = new Outcome(List.of("hi"), 34, null);
        Outcome whole = readWhole(Resync.SKIP_FRAME, Framing.lengthPrefixed(2), stream);
        assertEquals(want, whole.without());
        assertEquals("[34 at 7: FrameTooLargeException]", whole.regions.toString());
        everyFeedingGives(want, Resync.SKIP_FRAME, Framing.lengthPrefixed(2), stream);

        // garbage of a length within the limit instead: a 1-byte frame the codec refuses, dropped whole; the frame
        // cut short by its sender dropped as long as its length says (11 bytes, "yo"'s header and magic among
        // them); then its text's length and "yo"'s, 02 79, a length of 633 over the limit: the rest, 13 bytes
        byte[] shortGarbage = HEX.parseHex(STREAM.replace(" 17 fd 00", " 00 01 00"));
        Outcome within = new Outcome(List.of("hi", "ok"), 3 + 11 + 13, null);
        Outcome read = readWhole(Resync.SKIP_FRAME, Framing.lengthPrefixed(2), shortGarbage);
        assertEquals(within, read.without());
        // the codec's error counts from the framing's first byte; the two drops from 17 on are contiguous: one
        // region, reported with its first cause
        assertEquals("[3 at 7: Beat.<magic> at 2, 24 at 17: TruncatedFrameException]", read.regions.toString());
        everyFeedingGives(within, Resync.SKIP_FRAME, Framing.lengthPrefixed(2), shortGarbage);
    }

    @Test
    void netstringsResyncOnTheirLength() throws IOException {
        // "hi"; garbage with digits, a colon and the magic's first byte in it, where no netstring with a magic starts; "ok"; a netstring whose message
        // has no magic; "yo"
        byte[] stream = HEX.parseHex("35 3a fd aa 02 68 69 2c" // 0: 5:<hi>,
                + " 39 31 3a fd 7a" //                             8: garbage: "91:" then fd 7a
                + " 35 3a fd aa 02 6f 6b 2c" //                    13: 5:<ok>,
                + " 33 3a 01 02 03 2c" //                          21: 3:<no magic>,
                + " 35 3a fd aa 02 79 6f 2c"); //                  27: 5:<yo>,
        Outcome want = new Outcome(List.of("hi", "ok", "yo"), 5 + 6, null);
        Outcome whole = readWhole(Resync.SCAN_TO_MAGIC, Framing.netstring(), stream);
        assertEquals(want, whole.without());
        assertEquals("[5 at 8: Beat.<magic> at 0, 6 at 21: Beat.<magic> at 0]", whole.regions.toString());
        everyFeedingGives(want, Resync.SCAN_TO_MAGIC, Framing.netstring(), stream);
    }

    @Test
    void blocksResyncWhereTheirFirstBytesHoldTheMagic() throws IOException {
        // blocks of 1 byte: the magic lies across two blocks, each after its length
        Framing blocks = Framing.chunked(1, Endian.BIG, 1);
        String hi = "01 fd 01 aa 01 02 01 68 01 69 00";
        byte[] stream = HEX.parseHex(hi // 0
                + " 01 fd 01 ab 00" //      11: a wrong magic across blocks
                + " 02 fd aa 01 02 02 6f 6b 00"); // 16: blocks of 2, 1 and 2: ok
        Outcome want = new Outcome(List.of("hi", "ok"), 5, null);
        Outcome whole = readWhole(Resync.SCAN_TO_MAGIC, blocks, stream);
        assertEquals(want, whole.without());
        assertEquals("[5 at 11: Beat.<magic> at 0]", whole.regions.toString());
        everyFeedingGives(want, Resync.SCAN_TO_MAGIC, blocks, stream);
    }

    /** Pushed whole, a byte at a time, cut in two at every point, and pulled a byte a read: each gives {@code want}. */
    private static void everyFeedingGives(Outcome want, Resync resync, Framing framing, byte[] stream) throws IOException {
        int[] bytes = new int[stream.length - 1];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = i + 1;
        }
        assertEquals(want, push(resync, framing, stream, bytes).without(), "a byte at a time");
        for (int cut = 1; cut < stream.length; cut++) {
            assertEquals(want, push(resync, framing, stream, new int[] {cut}).without(), "cut at " + cut);
        }
        assertEquals(want, pull(resync, framing, stream), "pulled a byte a read");
    }

    /** What a reader made of a stream: messages, bytes dropped, the error; and, fed whole, the drop regions. */
    private record Outcome(List<String> messages, long dropped, String error, List<String> regions, String firstCause) {
        Outcome(List<String> messages, long dropped, String error) {
            this(messages, dropped, error, List.of(), null);
        }

        Outcome without() {
            return new Outcome(messages, dropped, error);
        }
    }

    private static Outcome readWhole(Resync resync, Framing framing, byte[] stream) {
        return push(resync, framing, stream, new int[0]);
    }

    private static Outcome push(Resync resync, Framing framing, byte[] stream, int[] cuts) {
        List<String> regions = new ArrayList<>();
        String[] firstCause = {null};
        FrameReader<Beat> reader = BeatReader.builder().framing(framing).resync(resync).onDropped((bytes, at, cause) -> {
            assertNotNull(cause);
            regions.add(bytes + " at " + at + ": " + (cause.fieldPath().endsWith("<magic>")
                    ? cause.fieldPath() + " at " + cause.offset() : cause.getClass().getSimpleName()));
            if (firstCause[0] == null) {
                firstCause[0] = "expected " + cause.expected();
            }
        }).build();
        List<String> messages = new ArrayList<>();
        String error = null;
        try {
            int from = 0;
            for (int cut : cuts) {
                reader.feed(ByteBuffer.wrap(stream, from, cut - from), m -> messages.add(m.text()));
                from = cut;
            }
            reader.feed(ByteBuffer.wrap(stream, from, stream.length - from), m -> messages.add(m.text()));
            reader.endOfStream(m -> messages.add(m.text()));
        } catch (WireException e) {
            error = describe(e);
        }
        return new Outcome(messages, reader.bytesDropped(), error, regions, firstCause[0]);
    }

    private static Outcome pull(Resync resync, Framing framing, byte[] stream) throws IOException {
        FrameReader<Beat> frames = BeatReader.builder().framing(framing).resync(resync).build();
        InputStream oneByteAReads = new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < stream.length ? stream[at++] & 0xFF : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (at == stream.length) {
                    return -1;
                }
                into[offset] = stream[at++];
                return 1;
            }
        };
        List<String> messages = new ArrayList<>();
        String error = null;
        try (WireReader<Beat> reader = WireReader.of(oneByteAReads, frames)) {
            for (Beat b; (b = reader.read()) != null; ) {
                messages.add(b.text());
            }
        } catch (WireException e) {
            error = describe(e);
        }
        return new Outcome(messages, frames.bytesDropped(), error);
    }

    private static String describe(WireException e) {
        if (e instanceof TruncatedFrameException t) {
            return "TruncatedFrameException at " + t.offset() + " of a " + t.needed() + "-byte frame";
        }
        assertInstanceOf(WireDecodeException.class, e);
        return e.getClass().getSimpleName() + " at " + e.offset() + ": " + e.getMessage();
    }
}
