package io.wireform.benchmarks;

import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What resynchronising costs: the seeds/004 device stream (Realtime, Extra and ExtraLong blocks, as the
 * device sends them, no prefixes) through the generated {@code DeviceBlockReader} (SCAN_TO_MAGIC), fed
 * in 4 KiB chunks, once clean and once with garbage between the blocks: runs of 1 to 64 random bytes
 * (none of them FD, so no garbage starts a magic and every block stays whole) making {@code
 * garbagePercent} percent of the stream. One operation reads a whole stream of about {@code mebibytes}
 * MiB; the report gives both in MB/s of input and their ratio (target: garbage at 0.5x clean or better).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ResyncBenchmark {
    static final int CHUNK = 4096;

    /** Stream size in MiB; the smoke test runs a small one. */
    @Param("16")
    public int mebibytes;

    /** Share of the garbage-laden stream that is garbage. */
    @Param("16")
    public int garbagePercent;

    byte[] clean;
    byte[] noisy;
    long blocks;
    FrameReader<DeviceBlock> reader;
    long dropped;

    @Setup(Level.Trial)
    public void setup() {
        long target = (long) mebibytes << 20;
        List<DeviceBlock> kinds = Messages.deviceBlocks();
        byte[][] encoded = new byte[kinds.size()][];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = DeviceBlockCodec.INSTANCE.encode(kinds.get(i));
        }
        SplittableRandom random = new SplittableRandom(16);
        ByteArrayOutputStream plain = new ByteArrayOutputStream((int) target + 4096);
        ByteArrayOutputStream dirty = new ByteArrayOutputStream((int) (target * 100 / (100 - garbagePercent)) + 4096);
        long garbage = 0;
        for (int i = 0; plain.size() < target; i++) {
            byte[] block = encoded[i % encoded.length];
            plain.write(block, 0, block.length);
            dirty.write(block, 0, block.length);
            blocks++;
            // keep the garbage at its share of what is written so far
            while (garbage * 100 < (long) garbagePercent * dirty.size()) {
                byte[] run = new byte[1 + random.nextInt(64)];
                for (int k = 0; k < run.length; k++) {
                    int b = random.nextInt(255);
                    run[k] = (byte) (b >= 0xFD ? b + 1 : b);
                }
                dirty.write(run, 0, run.length);
                garbage += run.length;
            }
        }
        clean = plain.toByteArray();
        noisy = dirty.toByteArray();
        dropped = garbage;
        reader = DeviceBlockReader.push();
    }

    @Benchmark
    public long clean_wireform(Blackhole bh) {
        return feed(clean, bh);
    }

    @Benchmark
    public long garbage_wireform(Blackhole bh) {
        return feed(noisy, bh);
    }

    private long feed(byte[] stream, Blackhole bh) {
        long[] count = new long[1];
        for (int at = 0; at < stream.length; at += CHUNK) {
            reader.feed(ByteBuffer.wrap(stream, at, Math.min(CHUNK, stream.length - at)), m -> {
                count[0]++;
                bh.consume(m);
            });
        }
        if (count[0] != blocks || reader.buffered() != 0) {
            throw new IllegalStateException(count[0] + " blocks of " + blocks + ", " + reader.buffered() + " bytes left");
        }
        return count[0];
    }
}
