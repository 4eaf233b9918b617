package io.wireform.samples.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.runtime.stream.FrameReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random frames (every header bit, masked or not, lengths around each boundary of the 7-bit
 * length) encode and decode back, one by one and as a stream cut at random points, at every single
 * point, and a byte at a time. A failure names its seed: {@code -Dwireform.ws.seed=<seed>} repeats it.
 */
class FrameRoundTripTest {
    private static final WebSocketFrameCodec CODEC = WebSocketFrameCodec.INSTANCE;
    private static final long SEED = Long.getLong("wireform.ws.seed", System.nanoTime());
    private static final int[] AROUND = {0, 1, 124, 125, 126, 127, 65535, 65536, 65537};

    @Test
    void randomFramesEncodeAndDecodeBack() {
        Random random = new Random(SEED);
        for (int i = 0; i < 500; i++) {
            WebSocketFrame frame = randomFrame(random);
            byte[] wire = CODEC.encode(frame);
            assertEquals(List.of(frame), Rfc6455VectorsTest.reader(1 << 20).feed(wire), "seed " + SEED);
            ByteBuffer in = ByteBuffer.wrap(wire);
            assertEquals(frame, CODEC.decode(in), "seed " + SEED);
            assertEquals(0, in.remaining(), "seed " + SEED);
            assertEquals(wire.length, CODEC.sizeOf(frame), "seed " + SEED);
            assertEquals(wire.length, CODEC.frameLength(ByteBuffer.wrap(wire)), "seed " + SEED);
        }
    }

    @Test
    void aStreamOfFramesDecodesTheSameHoweverItIsCut() {
        Random random = new Random(SEED);
        List<WebSocketFrame> frames = new ArrayList<>();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (int i = 0; i < 12; i++) {
            WebSocketFrame frame = randomFrame(random);
            frames.add(frame);
            stream.writeBytes(CODEC.encode(frame));
        }
        byte[] wire = stream.toByteArray();
        for (int round = 0; round < 50; round++) {
            assertEquals(frames, feedInChunks(wire, random, 1 + random.nextInt(round < 25 ? 16 : 70_000)), "seed " + SEED);
        }
        assertEquals(frames, feedInChunks(wire, random, 1), "a byte at a time; seed " + SEED);
        assertEquals(frames, Rfc6455VectorsTest.reader(1 << 20).feed(wire), "all at once; seed " + SEED);
    }

    @Test
    void aFrameSplitAtEveryPointDecodesTheSame() {
        Random random = new Random(SEED);
        for (int size : new int[] {0, 125, 126, 300}) {
            for (boolean masked : new boolean[] {false, true}) {
                byte[] payload = new byte[size];
                random.nextBytes(payload);
                WebSocketFrame frame = WebSocketFrame.of(Opcode.BINARY, payload,
                        masked ? Optional.of(random.nextInt()) : Optional.empty());
                assertArrayEquals(payload, frame.data(), "seed " + SEED);
                byte[] wire = CODEC.encode(frame);
                for (int cut = 0; cut <= wire.length; cut++) {
                    FrameReader<WebSocketFrame> reader = Rfc6455VectorsTest.reader(1 << 20);
                    List<WebSocketFrame> out = new ArrayList<>();
                    reader.feed(ByteBuffer.wrap(wire, 0, cut), out::add);
                    reader.feed(ByteBuffer.wrap(wire, cut, wire.length - cut), out::add);
                    assertEquals(List.of(frame), out, "cut at " + cut + "; seed " + SEED);
                    assertEquals(0, reader.buffered());
                }
            }
        }
    }

    @Test
    void maskingTwiceGivesTheDataBackFromAnyPosition() {
        Random random = new Random(SEED);
        byte[] data = new byte[37];
        random.nextBytes(data);
        int key = random.nextInt();
        byte[] whole = Masking.apply(key, data);
        byte[] inParts = data.clone();
        Masking.apply(key, 0, inParts, 0, 10);
        Masking.apply(key, 10, inParts, 10, 27); // position 10: the key's third byte first
        assertArrayEquals(whole, inParts, "seed " + SEED);
        assertArrayEquals(data, Masking.apply(key, whole));
    }

    private static List<WebSocketFrame> feedInChunks(byte[] wire, Random random, int maxChunk) {
        FrameReader<WebSocketFrame> reader = Rfc6455VectorsTest.reader(1 << 20);
        List<WebSocketFrame> out = new ArrayList<>();
        for (int at = 0; at < wire.length; ) {
            int n = Math.min(wire.length - at, 1 + random.nextInt(maxChunk));
            reader.feed(ByteBuffer.wrap(wire, at, n), out::add);
            at += n;
        }
        return out;
    }

    static WebSocketFrame randomFrame(Random random) {
        int size = random.nextInt(4) == 0 ? AROUND[random.nextInt(AROUND.length)] + random.nextInt(3) : random.nextInt(300);
        byte[] payload = new byte[size];
        random.nextBytes(payload);
        Optional<Integer> key = random.nextBoolean() ? Optional.of(random.nextInt()) : Optional.empty();
        WebSocketFrame minimal = WebSocketFrame.of(random.nextBoolean(), random.nextInt(16), payload, key);
        return new WebSocketFrame(minimal.fin(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                minimal.opcode(), minimal.mask(), minimal.payloadLen(), minimal.extendedPayloadLength(), key,
                minimal.payloadData());
    }
}
