package io.wireform.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.wireform.runtime.WireCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * A pull reader reads 8 KiB at a time while messages come a few at a time, so that an idle
 * connection's reader holds little; when reads fill its chunk, it doubles the chunk up to 64 KiB.
 */
class WireReaderChunkTest {
    /** Frames of four bytes, a big-endian int. */
    private static final WireCodec<Integer> INTS = new WireCodec<>() {
        @Override
        public void encode(Integer value, ByteBuffer out) {
            out.putInt(value);
        }

        @Override
        public Integer decode(ByteBuffer in, int limit) {
            return in.getInt();
        }

        @Override
        public int sizeOf(Integer value) {
            return 4;
        }

        @Override
        public int frameLength(ByteBuffer in, int at, int limit) {
            return limit - at >= 4 ? 4 : -4;
        }
    };

    /** Gives at most {@code step} bytes a read, as a socket gives what has arrived. */
    private static InputStream trickling(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] into, int offset, int length) {
                return super.read(into, offset, Math.min(length, step));
            }
        };
    }

    private static byte[] ints(int count) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * count);
        for (int i = 0; i < count; i++) {
            bytes.putInt(i);
        }
        return bytes.array();
    }

    private static int readAll(WireReader<Integer> reader) throws IOException {
        int n = 0;
        for (Integer value; (value = reader.read()) != null; n++) {
            assertEquals(n, value);
        }
        return n;
    }

    @Test
    void messagesThatComeAFewAtATimeKeepTheFirstChunk() throws IOException {
        WireReader<Integer> reader = WireReader.of(trickling(ints(10_000), 400), FrameReader.builder(INTS).build());
        assertEquals(WireReader.FIRST_CHUNK, reader.chunkCapacity());
        assertEquals(10_000, readAll(reader));
        assertEquals(WireReader.FIRST_CHUNK, reader.chunkCapacity());
    }

    @Test
    void readsThatFillTheChunkDoubleItUpToTheLargest() throws IOException {
        WireReader<Integer> reader = WireReader.of(new ByteArrayInputStream(ints(100_000)), FrameReader.builder(INTS).build());
        assertEquals(0, reader.read());
        assertEquals(2 * WireReader.FIRST_CHUNK, reader.chunkCapacity());
        int n = 1;
        for (Integer value; (value = reader.read()) != null; n++) {
            assertEquals(n, value);
        }
        assertEquals(100_000, n);
        assertEquals(WireReader.CHUNK, reader.chunkCapacity());
        assertNull(reader.read());
    }
}
