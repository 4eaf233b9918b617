package io.wireform.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.annotations.Resync;
import io.wireform.runtime.explain.Explanation;
import io.wireform.runtime.stream.FrameReader;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link WireCodec}'s defaults promise a codec written by hand, which declares nothing: readers
 * built from it start from 16 MiB and {@code Resync.FAIL} (the annotations' defaults, REFERENCE.md
 * "Stream readers and writers"), {@code decode(byte[])} refuses bytes left over, and {@code explain}
 * shows the frame as one field (REFERENCE.md "Explaining a frame").
 */
class HandWrittenCodecTest {
    record Blob(byte[] data) {}

    /** A four-byte big-endian length, then that many bytes, the first of them not ff. */
    static final WireCodec<Blob> BLOBS = new WireCodec<>() {
        @Override
        public void encode(Blob value, ByteBuffer out) {
            out.putInt(value.data().length).put(value.data());
        }

        @Override
        public Blob decode(ByteBuffer in, int limit) {
            int start = in.position();
            int length = frameLength(in, start, limit);
            if (length < 0) {
                throw new TruncatedFrameException(in, start, "Blob", -length, limit - start, false);
            }
            if (length > limit - start) {
                throw new TruncatedFrameException(in, start, "Blob", length, limit - start);
            }
            if (length > 4 && in.get(start + 4) == (byte) 0xFF) {
                throw new WireDecodeException(in, start, start + 4, "Blob.data", "a first byte other than ff", "ff");
            }
            byte[] data = new byte[length - 4];
            in.get(start + 4, data).position(start + length);
            return new Blob(data);
        }

        @Override
        public int sizeOf(Blob value) {
            return 4 + value.data().length;
        }

        @Override
        public int frameLength(ByteBuffer in, int at, int limit) {
            if (limit - at < 4) {
                return -4;
            }
            int length = in.getInt(at);
            if (length < 0 || length > Integer.MAX_VALUE - 4) {
                throw new WireDecodeException(in, at, at, "Blob.length", "0 to 2^31 - 5", Integer.toString(length));
            }
            return 4 + length;
        }
    };

    @Test
    void itDeclaresNothingAndItsReadersStartFromTheDefaults() {
        assertEquals(0, BLOBS.declaredMaxFrameLength());
        assertEquals(Resync.FAIL, BLOBS.declaredResync());
        assertEquals(List.of(), BLOBS.magics());
        assertEquals(false, BLOBS.runsToEnd());

        FrameReader<Blob> reader = FrameReader.builder(BLOBS).build();
        // a header announcing a frame of exactly 16 MiB waits for it; one byte more is refused at once
        assertEquals(List.of(), reader.feed(header(FrameReader.DEFAULT_MAX_FRAME_LENGTH - 4)));
        FrameTooLargeException tooLarge = assertThrows(FrameTooLargeException.class,
                () -> FrameReader.builder(BLOBS).build().feed(header(FrameReader.DEFAULT_MAX_FRAME_LENGTH - 3)));
        assertEquals(16 * 1024 * 1024, tooLarge.limit());
        assertEquals(16 * 1024 * 1024 + 1, tooLarge.length());

        // FAIL: a bad frame, though its length is known, is thrown, not dropped, and stays buffered
        FrameReader<Blob> failing = FrameReader.builder(BLOBS).build();
        assertThrows(WireDecodeException.class, () -> failing.feed(new byte[] {0, 0, 0, 1, (byte) 0xFF, 0, 0, 0, 0}));
        assertEquals(9, failing.buffered());
        assertEquals(0, failing.bytesDropped());
    }

    @Test
    void decodingAnArrayRefusesBytesLeftOver() {
        byte[] frame = {0, 0, 0, 2, 7, 8};
        assertArrayEquals(new byte[] {7, 8}, BLOBS.decode(frame).data());
        byte[] longer = {0, 0, 0, 2, 7, 8, 9};
        WireDecodeException e = assertThrows(WireDecodeException.class, () -> BLOBS.decode(longer));
        assertEquals(6, e.offset());
        assertEquals("end of frame after 6 bytes", e.expected());
        assertEquals("1 more bytes", e.actual());
    }

    @Test
    void explainingItShowsTheFrameAsOneField() {
        Explanation explanation = BLOBS.explain(new byte[] {0, 0, 0, 2, 7, 8});
        assertTrue(explanation.ok());
        assertEquals(1, explanation.rows().size());
        Explanation.Row row = explanation.rows().get(0);
        assertEquals("Blob", row.path());
        assertEquals(0, row.offset());
        assertEquals(6, row.length());
        assertEquals(Explanation.Role.FIELD, row.role());
        assertSame(explanation.value().orElseThrow(), row.value());
        // and where decode fails, the error alone, as decode(byte[]) gives it
        Explanation cut = BLOBS.explain(new byte[] {0, 0, 0, 3, 7});
        assertEquals(List.of(), cut.rows());
        assertEquals(assertThrows(TruncatedFrameException.class, () -> BLOBS.decode(new byte[] {0, 0, 0, 3, 7}))
                .getMessage(), cut.error().orElseThrow().getMessage());
    }

    private static byte[] header(int length) {
        return ByteBuffer.allocate(4).putInt(length).array();
    }
}
