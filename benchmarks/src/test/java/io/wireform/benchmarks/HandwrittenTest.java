package io.wireform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.benchmarks.handwritten.DeviceFrameHandwritten;
import io.wireform.benchmarks.handwritten.EventHandwritten;
import io.wireform.benchmarks.handwritten.Fixed16Handwritten;
import io.wireform.benchmarks.handwritten.OrderHandwritten;
import io.wireform.benchmarks.model.Event;
import io.wireform.benchmarks.model.EventCodec;
import io.wireform.benchmarks.model.Fixed16Codec;
import io.wireform.benchmarks.model.OrderCodec;
import io.wireform.runtime.WireCodec;
import io.wireform.samples.device.DeviceFrameCodec;
import java.nio.ByteBuffer;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hand-written baselines do the same work as the generated codecs: they write the same bytes,
 * and each reads the other's bytes back to a value that encodes to those bytes again.
 */
class HandwrittenTest {

    @Test
    void fixed16() {
        check(Messages.fixed16(), Fixed16Codec.INSTANCE, Fixed16Handwritten::encode, Fixed16Handwritten::decode, 16);
    }

    @Test
    void deviceFrame() {
        check(Messages.deviceFrame(), DeviceFrameCodec.INSTANCE, DeviceFrameHandwritten::encode,
                DeviceFrameHandwritten::decode, 544);
    }

    @Test
    void order() {
        check(Messages.order(), OrderCodec.INSTANCE, OrderHandwritten::encode, OrderHandwritten::decode, -1);
        assertEquals(Messages.order(), OrderHandwritten.decode(ByteBuffer.wrap(OrderCodec.INSTANCE.encode(Messages.order()))));
        assertEquals(20, Messages.order().items().size());
    }

    @Test
    void events() {
        for (Event event : Messages.events()) {
            check(event, EventCodec.INSTANCE, EventHandwritten::encode, EventHandwritten::decode, -1);
            assertEquals(event, EventHandwritten.decode(ByteBuffer.wrap(EventCodec.INSTANCE.encode(event))));
        }
    }

    private static <T> void check(T value, WireCodec<T> codec, BiConsumer<T, ByteBuffer> encode,
                                  Function<ByteBuffer, T> decode, int expectedLength) {
        byte[] generated = codec.encode(value);
        if (expectedLength >= 0) {
            assertEquals(expectedLength, generated.length);
        }
        ByteBuffer out = ByteBuffer.allocate(4096);
        out.position(3); // not at zero, as in a real buffer
        encode.accept(value, out);
        assertEquals(3 + generated.length, out.position());
        byte[] handwritten = new byte[generated.length];
        out.get(3, handwritten);
        assertArrayEquals(generated, handwritten, "same bytes");

        ByteBuffer in = ByteBuffer.allocate(generated.length + 5);
        in.put(2, generated).position(2);
        T back = decode.apply(in);
        assertEquals(2 + generated.length, in.position(), "hand-written decode consumes the frame");
        assertArrayEquals(generated, codec.encode(back), "hand-written decode reads every field");
        in.position(2);
        T generatedBack = codec.decode(in);
        assertEquals(2 + generated.length, in.position());
        assertArrayEquals(generated, codec.encode(generatedBack));
    }

    @Test
    void everyStreamContenderReadsTheSameMessages() {
        StreamBenchmark stream = new StreamBenchmark();
        stream.mebibytes = 1;
        stream.setup();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        try {
            long frames = stream.blob_wireform(bh);
            assertEquals(frames, stream.blob_netty(bh));
            assertEquals(frames, stream.block_wireform(bh));
            assertEquals(frames, stream.block_netty(bh));
            assertEquals(frames, stream.blockSchema_wireform(bh));
            assertEquals(frames, stream.blob_wireform(bh), "a second pass reads the same");
            org.junit.jupiter.api.Assertions.assertTrue(frames > 1024 * 1024 / 200);
        } finally {
            bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
            stream.tearDown();
        }
    }
}
