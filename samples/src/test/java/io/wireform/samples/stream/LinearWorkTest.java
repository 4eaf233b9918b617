package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader's cost is linear in the bytes even when they arrive one at a time (Twisted's
 * IntNStringReceiver is quadratic there, twisted #6358). Proven by counting work, not by timing:
 * how often the reader looks for a frame, and how many bytes it moves inside its buffer.
 */
class LinearWorkTest {

    @Test
    void aLargeLengthPrefixedFrameFedOneByteAtATime() {
        byte[] frame = SmartHomeCodec.INSTANCE.encode(new DbFile(new byte[1 << 20]));
        FrameReader<SmartHome> reader = FrameReader.builder(SmartHomeCodec.INSTANCE).build();
        List<SmartHome> out = new ArrayList<>();
        ByteBuffer one = ByteBuffer.allocate(1);
        for (byte b : frame) {
            one.clear().put(b).flip();
            reader.feed(one, out::add);
        }
        assertEquals(1, out.size());
        // once the 8-byte header is in, the length is known: no more looks until all of it is there
        assertTrue(reader.attempts() <= 4, "looked " + reader.attempts() + " times");
        assertTrue(reader.bytesMoved() <= 2L * frame.length, "moved " + reader.bytesMoved() + " bytes");
    }

    @Test
    void manySmallFramesCostAConstantEachWhateverTheChunking() {
        byte[] one = SmartHomeCodec.INSTANCE.encode(new DbFile(new byte[10]));
        byte[] stream = new byte[one.length * 10_000];
        for (int i = 0; i < 10_000; i++) {
            System.arraycopy(one, 0, stream, i * one.length, one.length);
        }
        for (int chunk : new int[] {1, 3, 1000}) {
            FrameReader<SmartHome> reader = FrameReader.builder(SmartHomeCodec.INSTANCE).initialCapacity(64).build();
            int[] count = {0};
            for (int at = 0; at < stream.length; at += chunk) {
                reader.feed(ByteBuffer.wrap(stream, at, Math.min(chunk, stream.length - at)), m -> count[0]++);
            }
            assertEquals(10_000, count[0]);
            // at most four looks a frame, whatever the chunking: its first byte, the 4-byte tag, the length
            // prefix after it, and the whole frame; each look reads a header, never the payload
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
