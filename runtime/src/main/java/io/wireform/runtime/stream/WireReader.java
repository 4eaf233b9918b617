package io.wireform.runtime.stream;

import io.wireform.runtime.WireException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.util.ArrayList;
import java.util.List;
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
    /** The first read's size: what an idle connection's reader holds, besides its frame buffer. */
    static final int FIRST_CHUNK = 8 * 1024;
    /** The largest read: the chunk doubles up to it each time a read fills it. */
    static final int CHUNK = 64 * 1024;

    private final ReadableByteChannel source;
    private final FrameReader<T> frames;
    /** The push reader's payloads, which this reader hands out. */
    private final PayloadStream<T> payloads;
    /**
     * Messages decoded and not yet returned, from {@code taken} on. A new list for each read from the
     * source rather than one for the reader's life: once a list has lived through a collection, G1
     * charges a card-marking barrier (with a memory fence) for each young message stored into it, a
     * cost per message that raw socket code does not pay.
     */
    private List<T> ready = new ArrayList<>();
    private int taken;
    private ByteBuffer chunk = ByteBuffer.allocate(FIRST_CHUNK);
    private boolean ended;
    /** An error met after messages that are still queued: thrown once they have all been returned. */
    private WireException failure;

    private ReaderPayload payload;

    private WireReader(ReadableByteChannel source, FrameReader<T> frames) {
        this.source = Objects.requireNonNull(source, "source");
        this.frames = Objects.requireNonNull(frames, "frames");
        this.payloads = frames.holdPayloads(length -> payload = new ReaderPayload(length));
    }

    public static <T> WireReader<T> of(InputStream in, FrameReader<T> frames) {
        return new WireReader<>(new StreamChannel(in), frames);
    }

    public static <T> WireReader<T> of(ReadableByteChannel in, FrameReader<T> frames) {
        return new WireReader<>(in, frames);
    }

    /**
     * A pull reader over {@code in} with a push reader built from {@code frames}: as {@link
     * #of(InputStream, FrameReader)}, and a payload that runs to the end of the stream can be read too.
     */
    public static <T> WireReader<T> of(InputStream in, FrameReader.Builder<T> frames) {
        return new WireReader<>(new StreamChannel(in), frames.build(true));
    }

    /** {@link #of(InputStream, FrameReader.Builder)} over a channel. */
    public static <T> WireReader<T> of(ReadableByteChannel in, FrameReader.Builder<T> frames) {
        return new WireReader<>(in, frames.build(true));
    }

    /**
     * The next message, blocking until it has arrived; null at a clean end of the stream.
     *
     * @throws io.wireform.runtime.WireException for bytes that are not a valid frame
     */
    public T read() throws IOException {
        // queued messages came before the payload ends: the one that owns it is the last of them
        if (taken < ready.size()) {
            return ready.get(taken++);
        }
        if (failure != null) {
            throw failure; // the stream is broken where the error is: every later read says so
        }
        if (payload != null && payloads.active()) {
            throw new IllegalStateException("the payload of the previous message (" + payload.describe() + ") must"
                    + " be read to its end or skipped before the next message can be read");
        }
        ready = new ArrayList<>();
        taken = 0;
        try {
            while (ready.isEmpty() && !ended) {
                chunk.clear();
                int count = source.read(chunk);
                if (count < 0) {
                    ended = true;
                    frames.endOfStream(ready::add);
                } else {
                    chunk.flip();
                    frames.feed(chunk, ready::add);
                    if (count == chunk.capacity() && count < CHUNK) {
                        chunk = ByteBuffer.allocate(2 * count); // the bytes come faster than one chunk a read
                    }
                }
            }
        } catch (WireException e) {
            failure = e;
            if (ready.isEmpty()) {
                throw e;
            }
            // the messages that arrived before the bad bytes come out first, as a push reader hands them out
        }
        return ready.isEmpty() ? null : ready.get(taken++);
    }

    /** The size of the next read from the source, for tests. */
    int chunkCapacity() {
        return chunk.capacity();
    }

    /**
     * A payload read straight from the source: first the bytes the reader had already buffered, then
     * the rest as it arrives, never more than its length and never all of it in memory.
     */
    private final class ReaderPayload extends io.wireform.runtime.Payload {
        private long read;
        private boolean opened;

        ReaderPayload(long length) {
            super(length);
        }

        String describe() {
            return (length() < 0 ? "up to the end of the stream" : length() + " bytes") + ", " + read + " read";
        }

        @Override
        public InputStream openStream() throws IOException {
            if (opened) {
                throw new IOException("a received payload can be read once; this one was opened before");
            }
            opened = true;
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    if (payload != ReaderPayload.this || !payloads.active()) {
                        return -1;
                    }
                    if (len == 0) {
                        return 0;
                    }
                    int count = payloads.take(b, off, len);
                    if (count == 0) {
                        long left = payloads.left();
                        int want = (int) Math.min(len, left < 0 ? Integer.MAX_VALUE : left);
                        count = source.read(ByteBuffer.wrap(b, off, want));
                        if (count < 0) {
                            if (left < 0) {
                                finish();
                                return -1;
                            }
                            // the stream ended inside the payload: the error every reader gives, from here and from read()
                            ended = true;
                            try {
                                frames.endOfStream(ready::add);
                            } catch (WireException e) {
                                failure = e;
                                throw e;
                            }
                        }
                        payloads.readPastBuffer(count);
                    }
                    ReaderPayload.this.read += count;
                    if (payloads.left() == 0) {
                        finish();
                    }
                    return count;
                }
            };
        }

        private void finish() {
            payloads.done();
            try {
                frames.resume(ready::add);
            } catch (WireException e) {
                failure = e; // the next frame's error is the next read()'s, not the payload's
            }
        }
    }

    /**
     * A stream as a channel that reads straight into the buffer's array. Not
     * {@code Channels.newChannel}, which copies through an array of its own, 8 KiB at a time, and
     * asks {@code available()} (a system call on a socket) before every read after the first.
     */
    private static final class StreamChannel implements ReadableByteChannel {
        private final InputStream in;
        private boolean open = true;

        StreamChannel(InputStream in) {
            this.in = Objects.requireNonNull(in, "in");
        }

        @Override
        public int read(ByteBuffer into) throws IOException {
            if (!into.hasArray()) {
                byte[] bytes = new byte[Math.min(into.remaining(), CHUNK)];
                int count = in.read(bytes, 0, bytes.length);
                if (count > 0) {
                    into.put(bytes, 0, count);
                }
                return count;
            }
            int count = in.read(into.array(), into.arrayOffset() + into.position(), into.remaining());
            if (count > 0) {
                into.position(into.position() + count);
            }
            return count;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() throws IOException {
            open = false;
            in.close();
        }
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
