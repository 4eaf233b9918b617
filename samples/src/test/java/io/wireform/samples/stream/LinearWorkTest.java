package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.Payload;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.PayloadSink;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The reader's cost is linear in the bytes even when they arrive one at a time (Twisted's
 * IntNStringReceiver is quadratic there, twisted #6358). Proven by counting work, not by timing:
 * how often the reader looks for a frame, and how many bytes it moves inside its buffer.
 */
class LinearWorkTest {

    @Test
    void aLargeLengthPrefixedFrameFedOneByteAtATime() {
        byte[] frame = new byte[4 + (1 << 20)];
        ByteBuffer.wrap(frame).putInt(1 << 20);
        FrameReader<Blob> reader = FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.lengthPrefixed(4)).build();
        int[] count = {0};
        ByteBuffer one = ByteBuffer.allocate(1);
        for (byte b : frame) {
            one.clear().put(b).flip();
            reader.feed(one, m -> count[0]++);
        }
        assertEquals(1, count[0]);
        // once the 4-byte header is in, the length is known: no more looks until all of it is there
        assertTrue(reader.attempts() <= 3, "looked " + reader.attempts() + " times");
        assertTrue(reader.bytesMoved() <= 2L * frame.length, "moved " + reader.bytesMoved() + " bytes");
    }

    @Test
    void aStreamedPayloadIsNeverBuffered() {
        byte[] frame = SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(new byte[1 << 20])));
        long[] received = {0};
        FrameReader<SmartHome> reader = FrameReader.builder(SmartHomeCodec.INSTANCE).initialCapacity(64)
                .onPayload(new PayloadSink<SmartHome>() {
                    @Override
                    public void bytes(SmartHome message, ByteBuffer chunk) {
                        received[0] += chunk.remaining();
                    }

                    @Override
                    public void end(SmartHome message) {
                    }
                }).build();
        int[] count = {0};
        for (int at = 0; at < frame.length; at += 1000) {
            reader.feed(ByteBuffer.wrap(frame, at, Math.min(1000, frame.length - at)), m -> count[0]++);
        }
        assertEquals(1, count[0]);
        assertEquals(1 << 20, received[0]);
        assertTrue(reader.capacity() <= 1024, "the buffer grew to " + reader.capacity() + " bytes");
        assertTrue(reader.attempts() <= 4, "looked " + reader.attempts() + " times");
    }

    @Test
    void manySmallFramesCostAConstantEachWhateverTheChunking() {
        byte[] one = SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(new byte[10])));
        byte[] stream = new byte[one.length * 10_000];
        for (int i = 0; i < 10_000; i++) {
            System.arraycopy(one, 0, stream, i * one.length, one.length);
        }
        for (int chunk : new int[] {1, 3, 1000}) {
            int[] ends = {0};
            FrameReader<SmartHome> reader = FrameReader.builder(SmartHomeCodec.INSTANCE).initialCapacity(64)
                    .onPayload(new PayloadSink<SmartHome>() {
                        @Override
                        public void bytes(SmartHome message, ByteBuffer bytes) {
                        }

                        @Override
                        public void end(SmartHome message) {
                            ends[0]++;
                        }
                    }).build();
            int[] count = {0};
            for (int at = 0; at < stream.length; at += chunk) {
                reader.feed(ByteBuffer.wrap(stream, at, Math.min(chunk, stream.length - at)), m -> count[0]++);
            }
            assertEquals(10_000, count[0]);
            assertEquals(10_000, ends[0]);
            // at most four looks a frame, whatever the chunking: its first byte, the 4-byte tag, the length
            // prefix after it, and the whole header; each look reads a header, never the payload
            assertTrue(reader.attempts() <= 4L * 10_000, "chunk " + chunk + ": " + reader.attempts() + " looks");
            assertTrue(reader.bytesMoved() <= stream.length, "chunk " + chunk + ": moved " + reader.bytesMoved());
        }
    }

    @Test
    void aLongDelimitedLineIsScannedOnce() {
        byte[] line = new byte[200_000];
        Arrays.fill(line, (byte) 'x');
        line[line.length - 1] = '\n';
        FrameReader<Line> reader = FrameReader.builder(LineCodec.INSTANCE).framing(Framing.delimited(new byte[] {'\n'}))
                .build();
        int[] count = {0};
        ByteBuffer one = ByteBuffer.allocate(1);
        for (byte b : line) {
            one.clear().put(b).flip();
            reader.feed(one, m -> count[0]++);
        }
        assertEquals(1, count[0]);
        // one look per byte (the delimiter may come with any byte), each resuming where the last stopped
        assertEquals(line.length, reader.attempts());
        assertTrue(reader.bytesMoved() <= 2L * line.length, "moved " + reader.bytesMoved());
    }
}
