package io.wireform.runtime.stream;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * Reads messages from a blocking stream: pull mode. {@link #read()} returns the next message, or
 * null once the peer has closed the stream cleanly between two frames; a stream that ends inside a
 * frame is a {@link io.wireform.runtime.TruncatedFrameException} saying how far it got.
 *
 * <pre>{@code
 * try (var reader = WireReader.of(socket.getInputStream(), FrameReader.builder(ReadingCodec.INSTANCE).build())) {
 *     for (Reading r; (r = reader.read()) != null; ) { ... }
 * }
 * }</pre>
 */
public final class WireReader<T> implements Closeable {
    private static final int CHUNK = 64 * 1024;

    private final ReadableByteChannel source;
    private final FrameReader<T> frames;
    private final ArrayDeque<T> ready = new ArrayDeque<>();
    private final ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
    private boolean ended;

    private WireReader(ReadableByteChannel source, FrameReader<T> frames) {
        this.source = Objects.requireNonNull(source, "source");
        this.frames = Objects.requireNonNull(frames, "frames");
    }

    public static <T> WireReader<T> of(InputStream in, FrameReader<T> frames) {
        return new WireReader<>(Channels.newChannel(in), frames);
    }

    public static <T> WireReader<T> of(ReadableByteChannel in, FrameReader<T> frames) {
        return new WireReader<>(in, frames);
    }

    /**
     * The next message, blocking until it has arrived; null at a clean end of the stream.
     *
     * @throws io.wireform.runtime.WireException for bytes that are not a valid frame
     */
    public T read() throws IOException {
        while (ready.isEmpty() && !ended) {
            chunk.clear();
            int count = source.read(chunk);
            if (count < 0) {
                ended = true;
                frames.endOfStream(ready::add);
            } else {
                chunk.flip();
                frames.feed(chunk, ready::add);
            }
        }
        return ready.poll();
    }

    /** The push reader underneath, for its counters. */
    public FrameReader<T> frames() {
        return frames;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
