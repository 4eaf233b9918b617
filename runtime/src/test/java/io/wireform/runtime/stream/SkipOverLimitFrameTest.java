package io.wireform.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.annotations.Resync;
import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * REFERENCE.md, the reader builder's {@code resync(Resync)}: "{@code SKIP_FRAME}: drop a bad frame whose
 * length is known". A frame over {@code maxFrameLength} whose length is known is a bad frame: dropped, its
 * bytes skipped as they arrive and never buffered, told to the drop listener once with the {@code
 * FrameTooLargeException} that {@code FAIL} throws, and the frames after it read; however the bytes come.
 */
class SkipOverLimitFrameTest {
    private static final int LIMIT = 8;
    /** 300 bytes of message after a 2-byte length: a 302-byte frame, over the limit of 8. */
    private static final int BIG = 302;

    /** Text after a 2-byte big-endian length (the framing's), or after a 1-byte length (the codec's own). */
    private static final class Text implements WireCodec<String> {
        private final boolean counted;

        Text(boolean counted) {
            this.counted = counted;
        }

        @Override
        public void encode(String value, ByteBuffer out) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String decode(ByteBuffer in, int limit) {
            int length = counted ? in.get() & 0xFF : limit - in.position();
            byte[] bytes = new byte[length];
            in.get(bytes);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        @Override
        public int sizeOf(String value) {
            return value.length();
        }

        @Override
        public int frameLength(ByteBuffer in, int at, int limit) {
            if (!counted) {
                return limit - at;
            }
            return limit > at ? 1 + (in.get(at) & 0xFF) : NEED_MORE;
        }

        @Override
        public boolean runsToEnd() {
            return !counted;
        }
    }

    /** "abc", a frame of 302 bytes, "xy", each after a 2-byte length. */
    private static byte[] prefixedStream() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x00, 0x03, 'a', 'b', 'c'});
        out.writeBytes(new byte[] {0x01, 0x2C}); // 300
        for (int i = 0; i < 300; i++) {
            out.write('B');
        }
        out.writeBytes(new byte[] {0x00, 0x02, 'x', 'y'});
        return out.toByteArray();
    }

    private static Supplier<FrameReader.Builder<String>> prefixed() {
        return () -> FrameReader.builder(new Text(false)).framing(Framing.lengthPrefixed(2)).maxFrameLength(LIMIT);
    }

    private record Drop(long bytes, long at, WireException cause) {}

    private record Outcome(List<String> messages, List<Drop> drops, FrameReader<String> reader) {}

    private static Outcome push(Supplier<FrameReader.Builder<String>> builder, byte[] stream, int chunk) {
        List<Drop> drops = new ArrayList<>();
        FrameReader<String> reader = builder.get().resync(Resync.SKIP_FRAME)
                .onDropped((bytes, at, cause) -> drops.add(new Drop(bytes, at, cause))).build();
        List<String> messages = new ArrayList<>();
        for (int at = 0; at < stream.length; at += chunk) {
            reader.feed(ByteBuffer.wrap(stream, at, Math.min(chunk, stream.length - at)), messages::add);
        }
        reader.endOfStream(messages::add);
        return new Outcome(messages, drops, reader);
    }

    private static void droppedTheBigFrame(Outcome outcome, long at, String how) {
        assertEquals(1, outcome.drops().size(), how + ": one drop, " + outcome.drops());
        Drop drop = outcome.drops().get(0);
        assertEquals(BIG, drop.bytes(), how);
        assertEquals(at, drop.at(), how);
        FrameTooLargeException cause = assertInstanceOf(FrameTooLargeException.class, drop.cause(), how);
        assertEquals(BIG, cause.length(), how);
        assertEquals(LIMIT, cause.limit(), how);
        assertEquals(0, cause.offset(), how + ": at the frame's first byte");
        assertEquals(BIG, outcome.reader().bytesDropped(), how);
        assertEquals(0, outcome.reader().buffered(), how);
    }

    @Test
    void underFailTheFrameOverTheLimitIsThrown() {
        FrameReader<String> reader = prefixed().get().resync(Resync.FAIL).build();
        List<String> messages = new ArrayList<>();
        FrameTooLargeException e = assertThrows(FrameTooLargeException.class,
                () -> reader.feed(ByteBuffer.wrap(prefixedStream()), messages::add));
        assertEquals(List.of("abc"), messages);
        assertEquals(BIG, e.length());
    }

    @Test
    void skipFrameDropsAFrameOverTheLimitWholeOrAByteAtATime() {
        byte[] stream = prefixedStream();
        for (int chunk : new int[] {stream.length, 1, 2, 3, 7, 64, 200}) {
            Outcome outcome = push(prefixed(), stream, chunk);
            String how = "chunks of " + chunk;
            assertEquals(List.of("abc", "xy"), outcome.messages(), how);
            droppedTheBigFrame(outcome, 5, how);
            // the reader's buffer never grew toward the frame: it holds the limit and the framing's 64 bytes
            assertEquals(LIMIT + 64, outcome.reader().capacity(), how);
        }
        // a byte at a time nothing is decoded in place, so every byte not skipped is copied: the big frame's
        // 300 bytes after its length never are
        Outcome bytes = push(prefixed(), stream, 1);
        assertEquals(stream.length - 300, bytes.reader().bytesBuffered());
    }

    @Test
    void theFrameAfterTheSkippedOneMayArriveInTheSameChunkAsItsLastByte() {
        byte[] stream = prefixedStream();
        FrameReader<String> reader = prefixed().get().resync(Resync.SKIP_FRAME).build();
        List<String> messages = new ArrayList<>();
        reader.feed(ByteBuffer.wrap(stream, 0, 10), messages::add);   // "abc" and the big frame's first 5 bytes
        assertEquals(List.of("abc"), messages);
        assertEquals(5, reader.bytesDropped());
        assertEquals(0, reader.buffered());
        reader.feed(ByteBuffer.wrap(stream, 10, stream.length - 10), messages::add);
        assertEquals(List.of("abc", "xy"), messages);
        assertEquals(BIG, reader.bytesDropped());
    }

    @Test
    void aStreamEndingInsideTheSkippedFrameEndsCleanlyHavingDroppedWhatCame() {
        byte[] stream = java.util.Arrays.copyOf(prefixedStream(), 5 + 100);
        for (int chunk : new int[] {stream.length, 1, 9}) {
            List<Drop> drops = new ArrayList<>();
            FrameReader<String> reader = prefixed().get().resync(Resync.SKIP_FRAME)
                    .onDropped((bytes, at, cause) -> drops.add(new Drop(bytes, at, cause))).build();
            List<String> messages = new ArrayList<>();
            for (int at = 0; at < stream.length; at += chunk) {
                reader.feed(ByteBuffer.wrap(stream, at, Math.min(chunk, stream.length - at)), messages::add);
            }
            reader.endOfStream(messages::add);
            assertEquals(List.of("abc"), messages);
            assertEquals(List.of(100L), drops.stream().map(Drop::bytes).toList(), "chunks of " + chunk);
            assertEquals(5, drops.get(0).at());
            assertInstanceOf(FrameTooLargeException.class, drops.get(0).cause());
        }
    }

    @Test
    void aPullReaderSkipsTheFrameToo() throws IOException {
        byte[] stream = prefixedStream();
        List<Drop> drops = new ArrayList<>();
        FrameReader<String> frames = prefixed().get().resync(Resync.SKIP_FRAME)
                .onDropped((bytes, at, cause) -> drops.add(new Drop(bytes, at, cause))).build();
        InputStream trickle = new ByteArrayInputStream(stream) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3));
            }
        };
        List<String> messages = new ArrayList<>();
        try (WireReader<String> reader = WireReader.of(trickle, frames)) {
            for (String m; (m = reader.read()) != null; ) {
                messages.add(m);
            }
        }
        assertEquals(List.of("abc", "xy"), messages);
        droppedTheBigFrame(new Outcome(messages, drops, frames), 5, "pull");
    }

    @Test
    void theSchemasOwnFramingSkipsAFrameItMeasuredOverTheLimit() {
        // the codec's own length byte: "ab", a 201-byte frame, "z"
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {2, 'a', 'b', (byte) 200});
        out.writeBytes(new byte[200]);
        out.writeBytes(new byte[] {1, 'z'});
        byte[] stream = out.toByteArray();
        for (int chunk : new int[] {stream.length, 1, 5}) {
            Outcome outcome = push(() -> FrameReader.builder(new Text(true)).maxFrameLength(LIMIT), stream, chunk);
            assertEquals(List.of("ab", "z"), outcome.messages(), "chunks of " + chunk);
            assertEquals(List.of(201L), outcome.drops().stream().map(Drop::bytes).toList(), "chunks of " + chunk);
            assertEquals(3, outcome.drops().get(0).at());
        }
    }

    @Test
    void aFrameOverTheLimitWhoseLengthIsNotKnownIsStillThrownWithoutAMagic() {
        // a delimited frame has no length until its delimiter: SKIP_FRAME is then SCAN_TO_MAGIC, which
        // without a magic cannot drop it
        FrameReader<String> reader = FrameReader.builder(new Text(false)).framing(Framing.delimited(new byte[] {'\n'}))
                .maxFrameLength(LIMIT).resync(Resync.SKIP_FRAME).build();
        WireDecodeException e = assertThrows(FrameTooLargeException.class,
                () -> reader.feed("ok\nthis line is too long\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().contains("at most " + LIMIT), e.getMessage());
    }
}
