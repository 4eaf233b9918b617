package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Frames that arrive whole while the reader holds nothing are decoded in the caller's chunk: only
 * a trailing partial frame is copied into the reader's buffer. Counted with
 * {@link FrameReader#bytesBuffered()}, not timed.
 */
class InPlaceDecodeTest {

    private static byte[] frames(int count, int size) {
        ByteBuffer out = ByteBuffer.allocate(count * (4 + size));
        for (int i = 0; i < count; i++) {
            out.putInt(size);
            for (int k = 0; k < size; k++) {
                out.put((byte) (i + k));
            }
        }
        return out.array();
    }

    private static FrameReader<Blob> reader() {
        return FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.lengthPrefixed(4)).build();
    }

    @Test
    void wholeFramesAreNotCopiedIntoTheBuffer() {
        byte[] stream = frames(100, 30);
        FrameReader<Blob> reader = reader();
        List<Blob> got = new ArrayList<>();
        ByteBuffer chunk = ByteBuffer.wrap(stream);
        reader.feed(chunk, got::add);
        assertEquals(100, got.size());
        assertEquals(0, reader.bytesBuffered());
        assertEquals(stream.length, chunk.position(), "the chunk is consumed");
        assertArrayEquals(new byte[] {99, 100, 101}, Arrays.copyOf(got.get(99).data(), 3));
    }

    @Test
    void onlyTheTrailingPartialFrameIsCopied() {
        byte[] stream = frames(10, 30);
        FrameReader<Blob> reader = reader();
        List<Blob> got = new ArrayList<>();
        reader.feed(ByteBuffer.wrap(stream, 0, 5 * 34 + 7), got::add);
        assertEquals(5, got.size());
        assertEquals(7, reader.bytesBuffered());
        reader.feed(ByteBuffer.wrap(stream, 5 * 34 + 7, stream.length - (5 * 34 + 7)), got::add);
        assertEquals(10, got.size());
        assertEquals(34, got.get(5).data().length + 4);
    }

    @Test
    void aBufferedFrameIsCompletedAndTheFramesAfterItAreDecodedInPlace() {
        byte[] stream = frames(10, 30);
        FrameReader<Blob> reader = reader();
        List<Blob> got = new ArrayList<>();
        reader.feed(ByteBuffer.wrap(stream, 0, 7), got::add);
        reader.feed(ByteBuffer.wrap(stream, 7, stream.length - 7), got::add);
        assertEquals(10, got.size());
        // 7 bytes, then the 27 that complete the first frame; the other nine frames are not copied
        assertEquals(34, reader.bytesBuffered());
        assertEquals(0, reader.buffered());
    }

    @Test
    void whenTheSinkThrowsTheRestWaitsForTheNextFeed() {
        byte[] stream = frames(3, 10);
        FrameReader<Blob> reader = reader();
        List<Blob> got = new ArrayList<>();
        ByteBuffer chunk = ByteBuffer.wrap(stream);
        assertThrows(IllegalStateException.class, () -> reader.feed(chunk, m -> {
            got.add(m);
            throw new IllegalStateException("the sink gave up");
        }));
        assertEquals(1, got.size());
        assertEquals(stream.length, chunk.position(), "the chunk is consumed");
        assertEquals(2 * 14, reader.buffered());
        reader.endOfStream(got::add);
        assertEquals(3, got.size());
        assertEquals(2, got.get(2).data()[0]);
    }

    @Test
    void theCallersChunkKeepsItsLimit() {
        byte[] stream = frames(4, 8);
        ByteBuffer chunk = ByteBuffer.wrap(stream);
        reader().feed(chunk, m -> { });
        assertEquals(stream.length, chunk.limit());
        assertEquals(stream.length, chunk.position());
    }
}
