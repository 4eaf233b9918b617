package io.wireform.benchmarks;

import io.wireform.benchmarks.linearity.HandAccumulator;
import io.wireform.benchmarks.model.LargeBytes;
import io.wireform.benchmarks.model.LargeBytesCodec;
import io.wireform.benchmarks.model.LargeBytesReader;
import io.wireform.benchmarks.model.LargeUpload;
import io.wireform.benchmarks.model.LargeUploadCodec;
import io.wireform.benchmarks.model.LargeUploadReader;
import io.wireform.runtime.Payload;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.PayloadSink;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.BlobCodec;
import java.nio.ByteBuffer;
import java.util.Arrays;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Linearity: does the time per byte stay flat as one frame grows from 1 KiB to 16 MiB? A reader
 * that rescans or re-copies what it has buffered each time a chunk arrives would take time growing
 * with the square of the frame size, which shows here as ns/byte rising with {@code size}.
 *
 * <p>One operation feeds one whole frame, whose content is {@code size} bytes, in chunks of 1 KiB
 * (the last one shorter) into a push reader that was built once and is reused, and receives the one
 * message. Mode: average time in ns per operation, so <b>ns/byte = score / size</b> (the 4- or 8-byte
 * header is left out: at most 0.8% at 1 KiB). The chunk boundaries are the same in every operation.
 *
 * <ul>
 *   <li>{@code blob_wireform}: a 4-byte big-endian length, then the content, read by a {@link
 *       FrameReader} with {@code Framing.lengthPrefixed(4)} and {@code maxFrameLength(16 MiB + 4)}
 *       into a {@link Blob} (the content copied into a {@code byte[]}).
 *   <li>{@code bytes_wireform}: the same bytes read as a {@link LargeBytes} (a {@code @Prefixed(UINT32)
 *       byte[]}) by its generated reader, {@code LargeBytesReader.push()}, whose limit comes from
 *       {@code @Message(maxFrameLength)}: the codec's own {@code frameLength} finds the frame.
 *   <li>{@code payload_wireform}: a {@link LargeUpload}, an {@code int} and a streamed {@link Payload}:
 *       the reader buffers the 8-byte header, hands out the message, then passes the content to a
 *       {@link PayloadSink} chunk by chunk; the content is never held in memory.
 *   <li>{@code copy_handwritten}: the floor, {@link HandAccumulator}: read the prefix, allocate the
 *       array, copy each chunk into it once; the same bytes as {@code blob} and {@code bytes}.
 * </ul>
 *
 * <p>Run with {@code -Xmx2g} or so: a 16 MiB frame needs the reader's buffer (up to 32 MiB) and a
 * 16 MiB array per operation.
 *
 * <p>Three measured seconds, not five: an operation takes up to 5 ms, so each second already
 * holds hundreds of them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class LinearityBenchmark {
    /** Bytes handed to the reader at a time. */
    public static final int CHUNK = 1024;
    /** The largest frame content measured; the readers are configured to accept it. */
    public static final int LARGEST = 16 * 1024 * 1024;

    /** The frame's content in bytes. */
    @Param({"1024", "16384", "262144", "4194304", "16777216"})
    public int size;

    private byte[] prefixed;
    private byte[] upload;
    private ByteBuffer prefixedChunk;
    private ByteBuffer uploadChunk;

    private FrameReader<Blob> blobReader;
    private FrameReader<LargeBytes> bytesReader;
    private FrameReader<LargeUpload> uploadReader;
    private HandAccumulator hand;

    private final Received received = new Received();
    private final Streamed streamed = new Streamed();

    @Setup(Level.Trial)
    public void setup() {
        if (size < 1 || size > LARGEST) {
            throw new IllegalArgumentException("size must be 1 to " + LARGEST + ", not " + size);
        }
        byte[] content = new byte[size];
        for (int i = 0; i < size; i++) {
            content[i] = (byte) (i * 31 + 7);
        }
        prefixed = LargeBytesCodec.INSTANCE.encode(new LargeBytes(content));
        upload = LargeUploadCodec.INSTANCE.encode(new LargeUpload(7, Payload.of(content)));
        if (prefixed.length != size + 4 || upload.length != size + 8) {
            throw new IllegalStateException("unexpected encodings: " + prefixed.length + ", " + upload.length);
        }
        prefixedChunk = ByteBuffer.wrap(prefixed);
        uploadChunk = ByteBuffer.wrap(upload);

        blobReader = FrameReader.builder(BlobCodec.INSTANCE).framing(Framing.lengthPrefixed(4))
                .maxFrameLength(LARGEST + 4).build();
        bytesReader = LargeBytesReader.push();
        uploadReader = LargeUploadReader.builder().onPayload(streamed).build();
        hand = new HandAccumulator(LARGEST);

        // Each reader once, checked against the content: a benchmark that decodes wrong bytes fast proves nothing.
        check(Arrays.equals(((Blob) feed(blobReader, prefixedChunk)).data(), content), "blob");
        check(Arrays.equals(((LargeBytes) feed(bytesReader, prefixedChunk)).content(), content), "bytes");
        streamed.keep = true;
        check(((LargeUpload) feed(uploadReader, uploadChunk)).fileId() == 7
                && Arrays.equals(streamed.copy.toByteArray(), content), "payload");
        streamed.keep = false;
        streamed.copy = null;
        check(Arrays.equals(((Blob) copy_handwritten()).data(), content), "handwritten");
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what + ": the decoded content differs from what was sent");
        }
    }

    @Benchmark
    public Object blob_wireform() {
        return feed(blobReader, prefixedChunk);
    }

    @Benchmark
    public Object bytes_wireform() {
        return feed(bytesReader, prefixedChunk);
    }

    @Benchmark
    public Object payload_wireform(Blackhole bh) {
        streamed.bh = bh;
        return feed(uploadReader, uploadChunk);
    }

    @Benchmark
    public Object copy_handwritten() {
        received.reset();
        byte[] stream = prefixed;
        for (int at = 0; at < stream.length; at += CHUNK) {
            hand.feed(stream, at, Math.min(CHUNK, stream.length - at), received.frames);
        }
        return received.single(hand.buffered());
    }

    /** Feeds the whole stream in {@link #CHUNK}-byte slices of one reused buffer; returns the one message. */
    private Object feed(FrameReader<?> reader, ByteBuffer stream) {
        received.reset();
        streamed.reset();
        int length = stream.capacity();
        for (int at = 0; at < length; at += CHUNK) {
            stream.limit(Math.min(length, at + CHUNK)).position(at);
            reader.feed(stream, received);
        }
        if (reader == uploadReader && (streamed.bytes != size || streamed.ends != 1)) {
            throw new IllegalStateException("payload: " + streamed.bytes + " of " + size + " bytes, " + streamed.ends + " ends");
        }
        return received.single(reader.buffered());
    }

    /** The message sink: keeps the one message an operation must produce. */
    static final class Received implements Consumer<Object> {
        final Consumer<byte[]> frames = data -> accept(new Blob(data));
        private Object last;
        private int count;

        void reset() {
            last = null;
            count = 0;
        }

        @Override
        public void accept(Object message) {
            last = message;
            count++;
        }

        Object single(int buffered) {
            if (count != 1 || buffered != 0) {
                throw new IllegalStateException(count + " messages and " + buffered + " bytes left, not 1 and 0");
            }
            return last;
        }
    }

    /** Where the streamed payload goes: counted and consumed, kept only for the check in setup. */
    static final class Streamed implements PayloadSink<LargeUpload> {
        Blackhole bh;
        boolean keep;
        java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
        long bytes;
        int ends;

        void reset() {
            bytes = 0;
            ends = 0;
        }

        @Override
        public void bytes(LargeUpload message, ByteBuffer chunk) {
            bytes += chunk.remaining();
            if (keep) {
                byte[] part = new byte[chunk.remaining()];
                chunk.get(part);
                copy.write(part, 0, part.length);
            } else if (bh != null) {
                bh.consume(chunk);
            }
        }

        @Override
        public void end(LargeUpload message) {
            ends++;
        }
    }
}
