package io.wireform.benchmarks;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The streaming reader on a stream of {@code mebibytes} MiB (64 by default) of concatenated seeds/004
 * blocks (Realtime, Extra, ExtraLong, 154/194/196 bytes), each behind a 4-byte big-endian length
 * prefix, fed in random chunks of 1 to 4096 bytes (boundaries computed once, seed 6). One operation
 * reads the whole stream; the report turns the time per operation into MB/s.
 *
 * <ul>
 *   <li>{@code blob_*}: each frame's content as an opaque {@link Blob} (a copied {@code byte[]}):
 *       Wireform's {@link FrameReader} with {@code Framing.lengthPrefixed(4)} against Netty's
 *       {@link LengthFieldBasedFrameDecoder} in the pipeline of an {@link EmbeddedChannel} (a channel with
 *       no I/O), each chunk fired down it as the event loop fires a socket read, and a copy.
 *   <li>{@code block_*}: each frame decoded as a {@link DeviceBlock} (markers checked, data copied):
 *       the generated {@link DeviceBlockCodec} in the same reader against Netty's decoder followed
 *       by a hand decode.
 *   <li>{@code blockSchema_wireform}: for reference, the generated {@code DeviceBlockReader} preset on
 *       the same blocks without the prefixes (the device's real stream), split at the same offsets;
 *       it has no Netty counterpart, so the report gives it no ratio.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StreamBenchmark {
    /** Stream size in MiB; the smoke test runs a small one. */
    @Param("64")
    public int mebibytes;

    byte[] prefixed;
    int[] prefixedCuts;
    byte[] plain;
    int[] plainCuts;

    FrameReader<Blob> blobReader;
    FrameReader<DeviceBlock> blockReader;
    FrameReader<DeviceBlock> schemaReader;
    EmbeddedChannel blobChannel;
    EmbeddedChannel blockChannel;
    Sink sink;

    @Setup(Level.Trial)
    public void setup() {
        long target = (long) mebibytes << 20;
        List<DeviceBlock> kinds = Messages.deviceBlocks();
        byte[][] encoded = new byte[kinds.size()][];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = DeviceBlockCodec.INSTANCE.encode(kinds.get(i));
        }
        ByteArrayOutputStream withPrefix = new ByteArrayOutputStream((int) target + 4096);
        ByteArrayOutputStream without = new ByteArrayOutputStream((int) target + 4096);
        for (int i = 0; withPrefix.size() < target; i++) {
            byte[] block = encoded[i % encoded.length];
            withPrefix.write(ByteBuffer.allocate(4).putInt(block.length).array(), 0, 4);
            withPrefix.write(block, 0, block.length);
            without.write(block, 0, block.length);
        }
        prefixed = withPrefix.toByteArray();
        plain = without.toByteArray();
        prefixedCuts = cuts(prefixed.length, 6);
        plainCuts = cuts(plain.length, 6);

        sink = new Sink();
        blobReader = FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.lengthPrefixed(4))
                .maxFrameLength(1024).build();
        blockReader = FrameReader.builder(DeviceBlockCodec.INSTANCE).framing(Framing.lengthPrefixed(4))
                .maxFrameLength(1024).build();
        schemaReader = io.wireform.samples.device.DeviceBlockReader.push();
        blobChannel = new EmbeddedChannel(new LengthFieldBasedFrameDecoder(1024, 0, 4, 0, 4), new NettyBlobs(sink));
        blockChannel = new EmbeddedChannel(new LengthFieldBasedFrameDecoder(1024, 0, 4, 0, 4), new NettyBlocks(sink));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        blobChannel.finishAndReleaseAll();
        blockChannel.finishAndReleaseAll();
    }

    /** Chunk ends: random sizes from 1 to 4096 bytes, the last one cut to the stream's end. */
    static int[] cuts(int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] ends = new int[length / 2048 + 16];
        int n = 0;
        for (int at = 0; at < length; ) {
            at = Math.min(length, at + 1 + random.nextInt(4096));
            if (n == ends.length) {
                ends = java.util.Arrays.copyOf(ends, n * 2);
            }
            ends[n++] = at;
        }
        return java.util.Arrays.copyOf(ends, n);
    }

    @Benchmark
    public long blob_wireform(Blackhole bh) {
        return feed(blobReader, prefixed, prefixedCuts, bh);
    }

    @Benchmark
    public long blob_netty(Blackhole bh) {
        return feed(blobChannel, prefixed, prefixedCuts, bh);
    }

    @Benchmark
    public long block_wireform(Blackhole bh) {
        return feed(blockReader, prefixed, prefixedCuts, bh);
    }

    @Benchmark
    public long block_netty(Blackhole bh) {
        return feed(blockChannel, prefixed, prefixedCuts, bh);
    }

    @Benchmark
    public long blockSchema_wireform(Blackhole bh) {
        return feed(schemaReader, plain, plainCuts, bh);
    }

    private long feed(FrameReader<? extends Object> reader, byte[] stream, int[] ends, Blackhole bh) {
        sink.reset(bh);
        int start = 0;
        for (int end : ends) {
            reader.feed(ByteBuffer.wrap(stream, start, end - start), sink);
            start = end;
        }
        if (reader.buffered() != 0) {
            throw new IllegalStateException(reader.buffered() + " bytes left in the reader");
        }
        return sink.count;
    }

    /**
     * Each chunk goes down the pipeline as a socket read would: one {@code fireChannelRead} and one
     * {@code fireChannelReadComplete}, which is what Netty's event loop calls per read. Not
     * {@code writeInbound}, whose per-call bookkeeping (pending tasks, exception checks, the
     * outbound queue) a real channel does not pay.
     */
    private long feed(EmbeddedChannel channel, byte[] stream, int[] ends, Blackhole bh) {
        sink.reset(bh);
        ChannelPipeline pipeline = channel.pipeline();
        int start = 0;
        for (int end : ends) {
            pipeline.fireChannelRead(Unpooled.wrappedBuffer(stream, start, end - start));
            pipeline.fireChannelReadComplete();
            start = end;
        }
        return sink.count;
    }

    /** Counts the messages and hands them to the blackhole. */
    static final class Sink implements Consumer<Object> {
        Blackhole bh;
        long count;

        void reset(Blackhole bh) {
            this.bh = bh;
            this.count = 0;
        }

        @Override
        public void accept(Object message) {
            count++;
            bh.consume(message);
        }
    }

    /** After Netty's framing: copy the frame out, as {@code Blob} does. */
    static final class NettyBlobs extends ChannelInboundHandlerAdapter {
        private final Sink sink;

        NettyBlobs(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf frame = (ByteBuf) msg;
            try {
                byte[] data = new byte[frame.readableBytes()];
                frame.readBytes(data);
                sink.accept(new Blob(data));
            } finally {
                frame.release();
            }
        }
    }

    /** After Netty's framing: the hand decode of a seeds/004 block that a user would write. */
    static final class NettyBlocks extends ChannelInboundHandlerAdapter {
        private final Sink sink;

        NettyBlocks(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ByteBuf frame = (ByteBuf) msg;
            try {
                sink.accept(decode(frame));
            } finally {
                frame.release();
            }
        }

        static DeviceBlock decode(ByteBuf frame) {
            int at = frame.readerIndex();
            int length = frame.readableBytes();
            int magic = frame.getUnsignedShort(at);
            if (length < 4 || frame.getUnsignedShort(at + length - 2) != 0xCCDD) {
                throw new IllegalArgumentException("bad end marker");
            }
            byte[] data = new byte[length - 4];
            frame.getBytes(at + 2, data);
            if (magic == 0xFDAA && length == 154) {
                return new Realtime(data);
            } else if (magic == 0xFDCC && length == 194) {
                return new Extra(data);
            } else if (magic == 0xFDCC && length == 196) {
                return new ExtraLong(data);
            }
            throw new IllegalArgumentException("not a seeds/004 block: " + Integer.toHexString(magic) + ", " + length);
        }
    }
}
