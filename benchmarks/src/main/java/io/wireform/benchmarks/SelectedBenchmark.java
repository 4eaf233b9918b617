package io.wireform.benchmarks;

import io.wireform.benchmarks.handwritten.TlvHandwritten;
import io.wireform.benchmarks.model.Tlv;
import io.wireform.benchmarks.model.TlvCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A component selected by an earlier field ({@code @SelectedBy}) and a {@code @Fallback} record against
 * the hand-written {@code switch} that decodes the same bytes into the same records ({@link
 * TlvHandwritten}): the claim is that they cost no more. One operation decodes a buffer of {@value
 * #FRAMES} {@link Tlv} frames: {@code selected_*} a random mix of the three listed types, {@code
 * fallback_*} frames of unlisted types only (2 to 9 bytes of value each).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class SelectedBenchmark {
    static final int FRAMES = 1024;

    ByteBuffer listed;
    ByteBuffer unlisted;

    @Setup(Level.Trial)
    public void setup() {
        SplittableRandom random = new SplittableRandom(12);
        listed = frames(random, true);
        unlisted = frames(random, false);
    }

    private static ByteBuffer frames(SplittableRandom random, boolean known) {
        List<byte[]> encoded = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < FRAMES; i++) {
            Tlv tlv;
            if (known) {
                tlv = switch (random.nextInt(3)) {
                    case 0 -> new Tlv((short) 1, new Tlv.Temperature((short) random.nextInt(-4000, 6000)));
                    case 1 -> new Tlv((short) 2, new Tlv.Humidity((short) random.nextInt(101), (short) random.nextInt(256)));
                    default -> new Tlv((short) 3, new Tlv.Counter(random.nextLong(1L << 32), random.nextInt(1 << 16)));
                };
            } else {
                byte[] data = new byte[2 + random.nextInt(8)];
                random.nextBytes(data);
                tlv = new Tlv((short) (4 + random.nextInt(252)), new Tlv.Other(data));
            }
            byte[] bytes = TlvCodec.INSTANCE.encode(tlv);
            encoded.add(bytes);
            total += bytes.length;
        }
        ByteBuffer all = ByteBuffer.allocate(total);
        encoded.forEach(all::put);
        return all.flip();
    }

    @Benchmark
    public void selected_wireform(Blackhole bh) {
        decodeAll(listed, bh);
    }

    @Benchmark
    public void selected_handwritten(Blackhole bh) {
        decodeAllByHand(listed, bh);
    }

    @Benchmark
    public void fallback_wireform(Blackhole bh) {
        decodeAll(unlisted, bh);
    }

    @Benchmark
    public void fallback_handwritten(Blackhole bh) {
        decodeAllByHand(unlisted, bh);
    }

    static int decodeAll(ByteBuffer frames, Blackhole bh) {
        ByteBuffer in = frames.duplicate();
        int n = 0;
        while (in.hasRemaining()) {
            bh.consume(TlvCodec.INSTANCE.decode(in));
            n++;
        }
        return n;
    }

    static int decodeAllByHand(ByteBuffer frames, Blackhole bh) {
        ByteBuffer in = frames.duplicate();
        int n = 0;
        while (in.hasRemaining()) {
            bh.consume(TlvHandwritten.decode(in));
            n++;
        }
        return n;
    }
}
