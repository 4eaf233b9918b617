package io.wireform.runtime.stream;

import io.wireform.annotations.Resync;
import io.wireform.runtime.Payload;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns a stream of bytes, in chunks of any size, into messages: push mode. Feed it whatever a
 * {@code read()} returned; it hands out every complete message and keeps the rest.
 *
 * <pre>{@code
 * FrameReader<DeviceBlock> reader = FrameReader.builder(DeviceBlockCodec.INSTANCE)
 *         .resync(Resync.SCAN_TO_MAGIC).onDropped((n, at, why) -> log(n + " bytes dropped"))
 *         .build();
 * reader.feed(chunk, this::handle);
 * }</pre>
 *
 * <p>Each byte is copied into the reader once and moved a bounded number of times; a frame whose
 * length is known is not looked at again until all of it is there, and a delimiter scan resumes
 * where it stopped. So the cost is linear in the bytes, however they are split. A frame longer than
 * {@link Builder#maxFrameLength(int)} (unless set, the schema's {@code maxFrameLength}, else 16 MiB) is
 * an error before it is buffered; under {@code Resync.SKIP_FRAME}, one whose length is known is a bad
 * frame, dropped as its bytes arrive. Not thread-safe: one reader per connection.
 *
 * <p>A message that ends with a {@link Payload} (its codec a {@link StreamedCodec}) has its payload
 * streamed, only its header buffered, when the framing is {@link Framing#schema()} and the payload has
 * somewhere to go: a {@link PayloadSink} ({@link Builder#onPayload}), or a {@link WireReader} pulling
 * from this reader. Otherwise (no sink, or any other framing) the payload is part of its frame,
 * buffered whole with it under the frame limit, and the message's {@code Payload} holds those bytes.
 */
public final class FrameReader<T> {
    /** The default largest frame: 16 MiB. */
    public static final int DEFAULT_MAX_FRAME_LENGTH = 16 * 1024 * 1024;

    /**
     * The largest {@link Builder#maxFrameLength(int)} a reader takes, 2^31 - 73 bytes: the largest buffer
     * Java allocates, 2^31 - 9 bytes (the largest frame a codec measures), less the 64 bytes the reader's
     * buffer keeps beyond a frame for its framing's own bytes (a length field, a delimiter, a netstring's
     * digits).
     */
    public static final int LARGEST_MAX_FRAME_LENGTH = Integer.MAX_VALUE - 8 - 64;

    private final WireCodec<T> codec;
    private final Framing framing;
    private final Splitter splitter;
    private final Resyncer resyncer;
    private final String name;

    /** The bytes received and not yet handed out, dropped or streamed, and where they are in the stream. */
    private final Backlog held;
    private final PayloadStream<T> payloads;
    /** Bytes the frame at the head needs before looking for it again is worth it. */
    private int needed;
    private final DropRegion drops;
    private long attempts;
    /** The stream has ended: bytes that may yet start a frame are what they are. */
    private boolean ended;
    /**
     * Bytes of a frame over the limit still to drop as they arrive, never buffered ({@code SKIP_FRAME}, its
     * length known), and the error that dropped it; nothing is held meanwhile.
     */
    private long skipping;
    /** The whole length of the frame over the limit being dropped, while {@link #skipping} is not 0. */
    private long skipLength;
    private WireException skipCause;

    private FrameReader(Builder<T> builder) {
        this.codec = builder.codec;
        this.framing = builder.framing;
        this.name = builder.name;
        Magics magics = new Magics(codec.magics(), builder.name, FrameStarts.afterHeader(framing));
        this.drops = new DropRegion(builder.listener, magics);
        this.resyncer = new Resyncer(builder.resync, magics, framing);
        this.splitter = new Splitter(codec, framing, builder.maxFrameLength, name);
        this.held = new Backlog(builder.initialCapacity, builder.maxFrameLength);
        this.payloads = new PayloadStream<>(builder.payloadSink, splitter, held, name);
        if (builder.payloadSink != null) {
            payloads.stream(codec, framing);
        }
    }

    /**
     * A reader builder for {@code codec}'s frames, starting from what its schema declares: {@link
     * WireCodec#declaredMaxFrameLength()} (16 MiB when it declares none) and {@link
     * WireCodec#declaredResync()}.
     */
    public static <T> Builder<T> builder(WireCodec<T> codec) {
        return new Builder<>(codec);
    }

    /**
     * Appends {@code chunk} (all of its remaining bytes) and passes every complete message to {@code
     * sink}, in order. Dropped bytes are reported to the drop listener before the message that follows
     * them, and at the latest when this call returns; but a frame over the limit that {@code
     * Resync.SKIP_FRAME} skips (its length known, its bytes dropped as they arrive, never buffered) is
     * reported once, when its last byte has gone by or the stream ended, as one drop at its start with
     * its {@code FrameTooLargeException}.
     *
     * @throws WireException for bytes that are not a frame and that the resync policy does not drop;
     *     every message before them has been passed to {@code sink} first, and the bad bytes stay
     *     buffered (a failed decode consumes nothing)
     */
    public void feed(ByteBuffer chunk, Consumer<? super T> sink) {
        try {
            append(chunk, sink);
        } finally {
            flushDrops();
        }
    }

    private void append(ByteBuffer chunk, Consumer<? super T> sink) {
        while (chunk.hasRemaining()) {
            if (skipping > 0) {
                skip(chunk);
                continue;
            }
            if (held.size() == 0 && !payloads.active() && payloads.codec() == null) {
                boolean done = false;
                try {
                    decodeInPlace(chunk, sink);
                    done = true;
                } finally {
                    if (!done) {
                        held.keep(chunk); // the sink threw: what follows its message waits for the next feed
                    }
                }
                if (!chunk.hasRemaining()) {
                    return;
                }
            }
            int count = Math.min(chunk.remaining(), held.room());
            if (splitter.lengthKnown && needed > held.size()) {
                // only what completes the buffered frame: the frames after it can be decoded in place
                count = Math.min(count, needed - held.size());
            }
            held.copy(chunk, count);
            drain(sink);
        }
    }

    /**
     * With nothing buffered, the frames that lie whole in {@code chunk} are decoded where they are,
     * and only what follows the last of them is copied into the buffer: one copy of every byte fewer
     * than buffering first. Anything else, a frame cut short or a bad one, is left in the chunk for
     * the buffered path, which finds it again there, so that errors, resync and drop offsets are
     * exactly those of the buffered path.
     */
    private void decodeInPlace(ByteBuffer chunk, Consumer<? super T> sink) {
        ByteBuffer view = chunk.duplicate(); // limits and positions of ours, not the caller's
        int at = chunk.position();
        int end = chunk.limit();
        while (at < end) {
            attempts++;
            view.limit(end).position(at);
            int look = resyncer.look(view, at, end, false);
            if (look > 0) {
                return; // whether a frame starts here depends on bytes to come: the buffered path waits for them
            }
            if (look == FrameStarts.NO) {
                // garbage: dropped where it lies, up to where a frame starts or may start
                int next = resyncer.nextStart(view, at, end);
                drops.garbage(next - at, held.offset(), view, at);
                held.passed(next - at);
                at = next;
                chunk.position(at);
                continue;
            }
            T message;
            try {
                int found = splitter.find(view, at, end);
                if (found < 0) {
                    // the splitter's progress is relative to the frame's start: the buffered path resumes it
                    needed = Math.max(-found, end - at + 1);
                    return;
                }
                message = decodeFrame(view);
            } catch (WireException e) {
                long over = splitter.overLimit;
                splitter.reset();
                if (over > 0 && resyncer.skipsOverLimit()) {
                    // a frame over the limit, its length known: dropped where it lies, and the rest as it comes
                    int count = (int) Math.min(over, end - at);
                    drops.frame(count, held.offset(), e, view, at);
                    held.passed(count);
                    skipping = over - count;
                    skipLength = over;
                    skipCause = e;
                    at += count;
                    chunk.position(at);
                    continue;
                }
                return;
            }
            int frameEnd = splitter.frameEnd;
            held.passed(frameEnd - at);
            splitter.reset();
            at = frameEnd;
            chunk.position(at);
            flushDrops();
            sink.accept(message);
        }
    }

    /** Appends {@code chunk} and returns the messages it completed. */
    public List<T> feed(byte[] chunk) {
        List<T> messages = new ArrayList<>();
        feed(ByteBuffer.wrap(chunk), messages::add);
        return messages;
    }

    /**
     * The peer closed the stream. With {@link Framing#untilClose()}, everything buffered is the
     * message; otherwise buffered bytes are a frame cut short, or, where decode finds them wrong
     * already, a bad frame, which the resync policy drops (reading on in the bytes after it) or throws.
     *
     * @throws TruncatedFrameException saying how far into how long a frame the stream ended, at the
     *     field where its bytes ran out
     * @throws WireException for buffered bytes already wrong that the resync policy does not drop
     */
    public void endOfStream(Consumer<? super T> sink) {
        try {
            // the stream ended inside a frame over the limit being skipped: it was dropped, as far as it came
            skipping = 0;
            skipCause = null;
            finish(sink);
        } finally {
            flushDrops();
        }
    }

    private void finish(Consumer<? super T> sink) {
        ended = true;
        drain(sink);
        if (!payloads.active() && held.size() > 0 && held.size() < needed) {
            // the reader waited for as many bytes as a hint asked for; asked again with those it has,
            // the codec may find them wrong, as it does when they came at once
            needed = 0;
            drain(sink);
        }
        while (!payloads.active() && held.size() > 0 && framing instanceof Framing.Schema) {
            // frameLength still waits for more: decode says what the bytes held are, as when they come at
            // once. Bytes already wrong are a bad frame, which the policy drops or throws; else cut short
            WireException wrong = StreamEnd.decodeHeld(codec, payloads.codec(), held);
            if (wrong == null || wrong instanceof TruncatedFrameException) {
                throw StreamEnd.cutShort(wrong, held, needed, splitter.lengthKnown, name);
            }
            recover(wrong, -1);
            needed = 0;
            drain(sink);
        }
        if (payloads.active()) {
            payloads.endOfStream();
            return;
        }
        if (held.size() == 0) {
            return;
        }
        if (framing instanceof Framing.UntilClose) {
            ByteBuffer buffer = held.buffer;
            buffer.limit(held.tail).position(held.head);
            T message = codec.decode(buffer, held.tail);
            consume(held.tail);
            flushDrops();
            sink.accept(message);
            return;
        }
        throw StreamEnd.cutShort(null, held, needed, splitter.lengthKnown, name);
    }

    /** Bytes received but not yet part of a message. */
    public int buffered() {
        return held.size();
    }

    /**
     * Bytes of the frame in progress received so far, 0 between frames: those {@link #buffered()}, or, while
     * {@code SKIP_FRAME} drops a frame over the limit as it arrives (holding none of it), those of it that
     * went by. What a server's frame deadline watches: a frame being dropped is a frame in progress.
     */
    public long frameBytes() {
        return skipping > 0 ? skipLength - skipping : held.size();
    }

    /**
     * The {@link #buffered()} bytes themselves, the last ones fed, as a read-only view that the next
     * call to this reader may change: for a decoder taken out of a pipeline, which hands the bytes it
     * holds to whatever reads the stream after it.
     */
    public ByteBuffer bufferedBytes() {
        return held.buffer.slice(held.head, held.tail - held.head).asReadOnlyBuffer();
    }

    /** Bytes dropped while resynchronising, in all. */
    public long bytesDropped() {
        return drops.total();
    }

    /** How many times the reader looked for a frame: a measure of work, for tests and monitoring. */
    public long attempts() {
        return attempts;
    }

    /** The size of the reader's buffer now: what it holds in memory at most. */
    public int capacity() {
        return held.capacity();
    }

    /**
     * Bytes copied from fed chunks into the reader's buffer: a measure of work, for tests and
     * monitoring. Frames that arrive whole while nothing is buffered are decoded where they are.
     */
    public long bytesBuffered() {
        return held.copied();
    }

    /** Bytes moved inside the reader's buffer to make room: a measure of work, for tests and monitoring. */
    public long bytesMoved() {
        return held.moved();
    }

    private void drain(Consumer<? super T> sink) {
        while (true) {
            if (payloads.active()) {
                if (!payloads.hasSink() || !payloads.push()) {
                    return; // the pull reader streams it, or more bytes must come
                }
                continue;
            }
            if (held.size() < Math.max(needed, 1)) {
                return;
            }
            attempts++;
            ByteBuffer buffer = held.buffer;
            buffer.limit(held.tail).position(held.head);
            int look = resyncer.look(buffer, held.head, held.tail, ended);
            if (look == FrameStarts.NO) {
                // garbage: dropped up to where a frame starts, without asking the codec (or making its error)
                drop(resyncer.nextStart(buffer, held.head, held.tail) - held.head, null);
                continue;
            }
            if (look > 0) {
                needed = look; // whether a frame starts here depends on bytes to come
                return;
            }
            int found;
            try {
                found = splitter.find(buffer, held.head, held.tail);
            } catch (WireDecodeException e) {
                if (splitter.overLimit > 0 && resyncer.skipsOverLimit()) {
                    // a frame over the limit, its length known: what is held of it dropped, the rest as it comes
                    long over = splitter.overLimit;
                    int count = (int) Math.min(over, held.size());
                    skipping = over - count;
                    skipLength = over;
                    skipCause = e;
                    drop(count, e);
                    continue;
                }
                recover(e, -1);
                continue;
            }
            if (found < 0) {
                needed = Math.max(-found, held.size() + 1);
                return;
            }
            T message;
            try {
                message = decodeFrame(buffer);
            } catch (WireException e) {
                recover(e, splitter.frameEnd - held.head);
                continue;
            }
            consume(splitter.frameEnd);
            flushDrops();
            sink.accept(message);
        }
    }

    /**
     * Decodes the message of the frame the splitter found in {@code frames}; its errors are placed in the
     * frame, counted from its first byte as the reader's own are, where a framing's header comes before it.
     */
    private T decodeFrame(ByteBuffer frames) {
        ByteBuffer source = splitter.assembled != null ? splitter.assembled : frames;
        source.limit(splitter.contentEnd).position(splitter.contentStart);
        try {
            if (payloads.codec() != null) {
                return payloads.decodeHeader(source, splitter.contentEnd);
            }
            T message = codec.decode(source, splitter.contentEnd);
            if (source.position() != splitter.contentEnd) {
                throw new WireDecodeException(source, splitter.contentStart, source.position(), name,
                        "the message to fill its frame", (splitter.contentEnd - source.position()) + " bytes left over");
            }
            return message;
        } catch (WireException e) {
            throw splitter.inFrame(e, frames);
        }
    }

    /** For the pull reader: payloads are handed out by {@code factory}, which reads them from the source. */
    PayloadStream<T> holdPayloads(java.util.function.LongFunction<Payload> factory) {
        payloads.hold(factory, codec, framing);
        return payloads;
    }

    /** Parses what is buffered after a payload the pull reader finished. */
    void resume(Consumer<? super T> sink) {
        try {
            drain(sink);
        } finally {
            flushDrops(); // as feed does: the listener hears of dropped bytes before an error
        }
    }

    /** Drops the bytes of a frame over the limit that {@code chunk} holds, where they lie. */
    private void skip(ByteBuffer chunk) {
        int count = (int) Math.min(skipping, chunk.remaining());
        drops.frame(count, held.offset(), skipCause, chunk, chunk.position());
        held.passed(count);
        chunk.position(chunk.position() + count);
        skipping -= count;
        if (skipping == 0) {
            skipCause = null;
        }
    }

    private void consume(int end) {
        held.release(end);
        needed = 0;
        splitter.reset();
    }

    /** A bad frame: fail, or drop it (its known length) or up to the next magic, and tell the listener. */
    private void recover(WireException cause, int frameLength) {
        held.buffer.limit(held.tail); // decoding the frame narrowed it to the frame
        drop(resyncer.drop(cause, frameLength, held.buffer, held.head, held.tail), cause);
    }

    /**
     * Drops {@code count} bytes at the head. Contiguous drops are one region, reported once with the
     * first cause: before the next message, before an error, or when the feed returns.
     */
    private void drop(int count, WireException cause) {
        drops.frame(count, held.offset(), cause, held.buffer, held.head);
        consume(held.head + count);
    }

    /**
     * Tells the listener of the bytes dropped since it was last told: a frame over the limit being skipped,
     * once all of it has gone by (or the stream ended), as one region at its start with its error.
     */
    private void flushDrops() {
        if (skipping == 0) {
            drops.report();
        }
    }

    /** Settings of a {@link FrameReader}. */
    public static final class Builder<T> {
        private final WireCodec<T> codec;
        private Framing framing = Framing.schema();
        private Resync resync;
        private DropListener listener = (bytes, at, cause) -> { };
        private int maxFrameLength;
        private int initialCapacity = 8192;
        private PayloadSink<? super T> payloadSink;
        private String name;

        private Builder(WireCodec<T> codec) {
            this.codec = Objects.requireNonNull(codec, "codec");
            this.name = codec.getClass().getSimpleName().replaceFirst("Codec$", "");
            int declared = codec.declaredMaxFrameLength();
            this.maxFrameLength = declared > 0 ? checked(declared, " (what " + name + "'s codec declares; lower"
                    + " maxFrameLength on its @Message or @Protocol)") : DEFAULT_MAX_FRAME_LENGTH;
            this.resync = Objects.requireNonNull(codec.declaredResync(), "the codec's declaredResync()");
        }

        public Builder<T> framing(Framing framing) {
            this.framing = Objects.requireNonNull(framing, "framing");
            return this;
        }

        /** What to do with bytes that are not a valid frame; unless set, what the schema declares ({@code FAIL} if nothing). */
        public Builder<T> resync(Resync resync) {
            this.resync = Objects.requireNonNull(resync, "resync");
            return this;
        }

        /** Told of every byte dropped while resynchronising. */
        public Builder<T> onDropped(DropListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * The largest frame accepted, in bytes, from 1 to {@link #LARGEST_MAX_FRAME_LENGTH} (2^31 - 73); longer
         * frames are an error before they are buffered. Unless set, what the schema declares, else {@link
         * #DEFAULT_MAX_FRAME_LENGTH}.
         *
         * @throws IllegalArgumentException for a value below 1 or above {@link #LARGEST_MAX_FRAME_LENGTH}
         */
        public Builder<T> maxFrameLength(int maxFrameLength) {
            this.maxFrameLength = checked(maxFrameLength, "");
            return this;
        }

        private static int checked(int maxFrameLength, String whose) {
            if (maxFrameLength < 1) {
                throw new IllegalArgumentException("maxFrameLength must be at least 1, not " + maxFrameLength + whose);
            }
            if (maxFrameLength > LARGEST_MAX_FRAME_LENGTH) {
                throw new IllegalArgumentException("maxFrameLength must be at most " + LARGEST_MAX_FRAME_LENGTH
                        + " (FrameReader.LARGEST_MAX_FRAME_LENGTH: the largest Java buffer, less 64 bytes for the"
                        + " framing's own), not " + maxFrameLength + whose);
            }
            return maxFrameLength;
        }

        /**
         * Where payloads go in push mode: a message with a streamed {@code Payload} is handed to the
         * ordinary sink first, then its payload's bytes to this one as they arrive. With the schema's
         * framing only; with another, a payload is buffered with its frame and this sink is not called.
         */
        public Builder<T> onPayload(PayloadSink<? super T> payloadSink) {
            this.payloadSink = Objects.requireNonNull(payloadSink, "payloadSink");
            return this;
        }

        /**
         * The buffer's first size, 8192 unless set and at least 16, or the largest frame and 64 bytes
         * if that is less ({@code min(initialCapacity, maxFrameLength + 64)}); it grows as frames need,
         * up to the largest frame.
         */
        public Builder<T> initialCapacity(int initialCapacity) {
            this.initialCapacity = Math.max(16, initialCapacity);
            return this;
        }

        /**
         * @throws IllegalStateException if the codec's frames cannot be told apart on a stream by
         *     the schema's own framing: frames that run to the end of their input, or frames of no bytes
         */
        public FrameReader<T> build() {
            return build(false);
        }

        /** {@link #build()}; {@code pull} when a {@link WireReader} takes the reader and streams its payloads. */
        FrameReader<T> build(boolean pull) {
            if (framing instanceof Framing.Schema) {
                Splitter.checkSchemaFraming(codec, name, codec instanceof StreamedCodec<?> && (payloadSink != null || pull));
            }
            return new FrameReader<>(this);
        }
    }
}
