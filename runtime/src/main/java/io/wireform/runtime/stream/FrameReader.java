package io.wireform.runtime.stream;

import io.wireform.annotations.Resync;
import io.wireform.runtime.Payload;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.UnknownTagException;
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
 * an error before it is buffered. Not thread-safe: one reader per connection.
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

    private final WireCodec<T> codec;
    private final Framing framing;
    private final Resync resync;
    private final int maxFrameLength;
    private final Splitter splitter;
    private final Magics magics;
    /** Resync by magic: garbage at the head is dropped up to the next magic without asking the codec. */
    private final boolean scansToMagic;
    private final String name;

    private final PayloadSink<? super T> payloadSink;
    /** The codec, when its payloads are streamed: to a sink, or by the pull reader, with the schema's framing. Else payloads are buffered. */
    private StreamedCodec<T> streamed;
    /** How a payload is handed out when no sink takes it: set by the pull reader. */
    private java.util.function.LongFunction<Payload> heldPayloads;
    private T payloadOwner;
    private long payloadLeft;
    /** The length of the current payload and of the header before it, for a stream that ends inside it. */
    private long payloadTotal;
    private int payloadHeader;
    private boolean payloadActive;

    private ByteBuffer buffer;
    private int head;
    private int tail;
    private int needed;
    private long streamOffset;
    private final DropRegion drops;
    private long attempts;
    private long moved;
    private long copied;

    private FrameReader(Builder<T> builder) {
        this.codec = builder.codec;
        this.framing = builder.framing;
        this.resync = builder.resync;
        this.maxFrameLength = builder.maxFrameLength;
        this.name = builder.name;
        this.magics = new Magics(codec.magics(), builder.name);
        this.drops = new DropRegion(builder.listener, magics);
        // bytes that cannot start a frame are dropped without asking the codec where either policy would drop them
        this.scansToMagic = (resync == Resync.SCAN_TO_MAGIC || resync == Resync.SKIP_FRAME) && !magics.isEmpty()
                && framing instanceof Framing.Schema;
        this.payloadSink = builder.payloadSink;
        this.splitter = new Splitter(codec, framing, maxFrameLength, name);
        if (payloadSink != null) {
            streamPayloads();
        }
        this.buffer = ByteBuffer.allocate(Math.min(builder.initialCapacity, maxFrameLength + 64));
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
     * them, and at the latest when this call returns.
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
            if (tail == head && !payloadActive && streamed == null) {
                boolean done = false;
                try {
                    decodeInPlace(chunk, sink);
                    done = true;
                } finally {
                    if (!done) {
                        keep(chunk); // the sink threw: what follows its message waits for the next feed
                    }
                }
                if (!chunk.hasRemaining()) {
                    return;
                }
            }
            int count = Math.min(chunk.remaining(), room());
            if (splitter.lengthKnown && needed > tail - head) {
                // only what completes the buffered frame: the frames after it can be decoded in place
                count = Math.min(count, needed - (tail - head));
            }
            buffer.limit(buffer.capacity());
            buffer.put(tail, chunk, chunk.position(), count);
            chunk.position(chunk.position() + count);
            tail += count;
            copied += count;
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
            if (scansToMagic && !magics.at(view, at, end)) {
                // garbage: dropped where it lies, up to where a magic starts or may start
                int next = magics.next(view, at, end);
                drops.garbage(next - at, streamOffset, view, at);
                streamOffset += next - at;
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
                splitter.reset();
                return;
            }
            int frameEnd = splitter.frameEnd;
            streamOffset += frameEnd - at;
            splitter.reset();
            at = frameEnd;
            chunk.position(at);
            flushDrops();
            sink.accept(message);
        }
    }

    /** Buffers all of {@code chunk} without looking for frames. */
    private void keep(ByteBuffer chunk) {
        while (chunk.hasRemaining()) {
            int count = Math.min(chunk.remaining(), room());
            buffer.limit(buffer.capacity());
            buffer.put(tail, chunk, chunk.position(), count);
            chunk.position(chunk.position() + count);
            tail += count;
            copied += count;
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
            finish(sink);
        } finally {
            flushDrops();
        }
    }

    private void finish(Consumer<? super T> sink) {
        drain(sink);
        if (!payloadActive && tail - head > 0 && tail - head < needed) {
            // the reader waited for as many bytes as a hint asked for; asked again with those it has,
            // the codec may find them wrong, as it does when they came at once
            needed = 0;
            drain(sink);
        }
        while (!payloadActive && tail > head && framing instanceof Framing.Schema) {
            // frameLength still waits for more: decode says what the bytes held are, as when they come at
            // once. Bytes already wrong are a bad frame, which the policy drops or throws; else cut short
            WireException wrong = decodeHeld();
            if (wrong == null || wrong instanceof TruncatedFrameException) {
                throw cutShort(wrong);
            }
            recover(wrong, -1);
            needed = 0;
            drain(sink);
        }
        if (payloadActive) {
            if (payloadLeft < 0) {
                T owner = payloadOwner;
                payloadDone();
                if (payloadSink != null) {
                    payloadSink.end(owner);
                }
                return;
            }
            // how far into its frame (header and payload) the stream ended
            throw new TruncatedFrameException(null, 0, name + ".<payload>", payloadHeader + payloadTotal,
                    payloadHeader + payloadTotal - payloadLeft, true);
        }
        if (tail == head) {
            return;
        }
        if (framing instanceof Framing.UntilClose) {
            buffer.limit(tail).position(head);
            T message = codec.decode(buffer, tail);
            consume(tail);
            flushDrops();
            sink.accept(message);
            return;
        }
        throw cutShort(null);
    }

    /**
     * What decode says of the bytes held at the end of the stream (of the header alone where payloads are
     * streamed): its error, or null when it reads a message from them.
     */
    private WireException decodeHeld() {
        buffer.limit(tail).position(head);
        try {
            if (streamed != null) {
                streamed.decodeHeader(buffer, tail, length -> Payload.of(new byte[0]));
            } else {
                codec.decode(buffer, tail);
            }
            return null;
        } catch (WireException e) {
            return e;
        } finally {
            buffer.limit(tail).position(head);
        }
    }

    /**
     * A frame the stream ended inside: decode's error for the bytes held, where they ran out and under that
     * field's path, as for a frame that arrived cut short at once; or, where decode has none (a framing of
     * the reader's own, or a decode that reads a message from fewer bytes than frameLength asked for), the
     * reader's, under the message's name.
     */
    private TruncatedFrameException cutShort(WireException decoded) {
        if (decoded instanceof TruncatedFrameException truncated) {
            return truncated;
        }
        int available = tail - head;
        buffer.limit(tail);
        boolean known = needed > available && splitter.lengthKnown;
        return new TruncatedFrameException(buffer, head, name, known ? needed : available + 1L, available, known);
    }

    /** Bytes received but not yet part of a message. */
    public int buffered() {
        return tail - head;
    }

    /**
     * The {@link #buffered()} bytes themselves, the last ones fed, as a read-only view that the next
     * call to this reader may change: for a decoder taken out of a pipeline, which hands the bytes it
     * holds to whatever reads the stream after it.
     */
    public ByteBuffer bufferedBytes() {
        return buffer.slice(head, tail - head).asReadOnlyBuffer();
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
        return buffer.capacity();
    }

    /**
     * Bytes copied from fed chunks into the reader's buffer: a measure of work, for tests and
     * monitoring. Frames that arrive whole while nothing is buffered are decoded where they are.
     */
    public long bytesBuffered() {
        return copied;
    }

    /** Bytes moved inside the reader's buffer to make room: a measure of work, for tests and monitoring. */
    public long bytesMoved() {
        return moved;
    }

    /** Free space at the end of the buffer, made by compacting or growing when there is none. */
    private int room() {
        buffer.limit(buffer.capacity()).position(0);
        if (tail < buffer.capacity()) {
            return buffer.capacity() - tail;
        }
        int live = tail - head;
        if (live <= buffer.capacity() / 2 && head > 0) {
            moved += live;
            buffer.put(0, buffer, head, live);
        } else {
            long grown = Math.min((long) buffer.capacity() * 2, maxFrameLength + 64L + buffer.capacity());
            ByteBuffer larger = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, Math.max(grown, live + 1L)));
            larger.put(0, buffer, head, live);
            moved += live;
            buffer = larger;
        }
        tail = live;
        head = 0;
        return buffer.capacity() - tail;
    }

    private void drain(Consumer<? super T> sink) {
        while (true) {
            if (payloadActive) {
                if (payloadSink == null || !pushPayload()) {
                    return; // the pull reader streams it, or more bytes must come
                }
                continue;
            }
            if (tail - head < Math.max(needed, 1)) {
                return;
            }
            attempts++;
            buffer.limit(tail).position(head);
            if (scansToMagic && !startsLikeMagic()) {
                // garbage: dropped up to where a magic starts, without asking the codec (or making its error)
                drop(nextMagic() - head, null);
                continue;
            }
            int found;
            try {
                found = splitter.find(buffer, head, tail);
            } catch (WireDecodeException e) {
                recover(e, -1);
                continue;
            }
            if (found < 0) {
                needed = Math.max(-found, tail - head + 1);
                return;
            }
            T message;
            try {
                message = decodeFrame(buffer);
            } catch (WireException e) {
                recover(e, splitter.frameEnd - head);
                continue;
            }
            consume(splitter.frameEnd);
            flushDrops();
            sink.accept(message);
        }
    }

    /** Sends buffered payload bytes to the sink; returns true when the payload is complete. */
    private boolean pushPayload() {
        int count = (int) Math.min(tail - head, payloadLeft < 0 ? Integer.MAX_VALUE : payloadLeft);
        if (count > 0) {
            buffer.limit(tail);
            payloadSink.bytes(payloadOwner, buffer.slice(head, count).asReadOnlyBuffer());
            payloadConsumed(count);
            consumeBytes(count);
        }
        if (payloadLeft != 0) {
            return false;
        }
        T owner = payloadOwner;
        payloadDone();
        payloadSink.end(owner);
        return true;
    }

    private T decodeFrame(ByteBuffer frames) {
        ByteBuffer source = splitter.assembled != null ? splitter.assembled : frames;
        source.limit(splitter.contentEnd).position(splitter.contentStart);
        if (streamed != null) {
            T message;
            try {
                message = streamed.decodeHeader(source, splitter.contentEnd, this::openPayload);
            } catch (WireException e) {
                payloadDone(); // a header refused after its payload was opened: the frame has no payload to stream
                throw e;
            }
            if (payloadActive) {
                payloadOwner = message;
            }
            return message;
        }
        T message = codec.decode(source, splitter.contentEnd);
        if (source.position() != splitter.contentEnd) {
            throw new WireDecodeException(source, splitter.contentStart, source.position(), name,
                    "the message to fill its frame", (splitter.contentEnd - source.position()) + " bytes left over");
        }
        return message;
    }

    private Payload openPayload(long length) {
        if (length == 0 && payloadSink == null) {
            return Payload.of(new byte[0]); // nothing to stream
        }
        payloadActive = true;
        payloadLeft = length;
        payloadTotal = length;
        payloadHeader = splitter.contentEnd - splitter.contentStart;
        if (payloadSink != null) {
            return new PushedPayload(length);
        }
        if (heldPayloads == null) {
            throw new IllegalStateException(name + " streams a payload: read it with a WireReader, or give the push"
                    + " reader a PayloadSink with FrameReader.builder(codec).onPayload(...)");
        }
        return heldPayloads.apply(length);
    }

    /** For the pull reader: payloads are handed out by {@code factory}, which reads them from the source. */
    void holdPayloads(java.util.function.LongFunction<Payload> factory) {
        this.heldPayloads = factory;
        streamPayloads();
    }

    /** From now on a payload is not part of the frame but streamed after its header. */
    private void streamPayloads() {
        if (codec instanceof StreamedCodec<T> s && framing instanceof Framing.Schema) {
            streamed = s;
            splitter.streamed = true;
        }
    }

    /** Whether a payload is being streamed, so no message can be read until it is done. */
    boolean payloadActive() {
        return payloadActive;
    }

    /** Bytes of the current payload still to come; -1 when it runs to the end of the stream. */
    long payloadLeft() {
        return payloadLeft;
    }

    /** Copies buffered payload bytes into {@code into}; returns how many (0 when none are buffered). */
    int takePayload(byte[] into, int offset, int length) {
        int count = (int) Math.min(Math.min(length, tail - head), payloadLeft < 0 ? Integer.MAX_VALUE : payloadLeft);
        buffer.limit(tail);
        buffer.get(head, into, offset, count);
        payloadConsumed(count);
        consumeBytes(count);
        return count;
    }

    /** {@code count} bytes of the payload were read, from the buffer or straight from the source. */
    void payloadConsumed(long count) {
        if (payloadLeft > 0) {
            payloadLeft -= count;
        }
    }

    /** {@code count} payload bytes were read straight from the source, never buffered: they move the stream on too. */
    void payloadReadPastBuffer(long count) {
        payloadConsumed(count);
        streamOffset += count;
    }

    /** The payload is over: parsing resumes with the bytes after it. */
    void payloadDone() {
        payloadActive = false;
        payloadOwner = null;
        payloadLeft = 0;
    }

    /** Parses what is buffered after a payload the pull reader finished. */
    void resume(Consumer<? super T> sink) {
        try {
            drain(sink);
        } finally {
            flushDrops(); // as feed does: the listener hears of dropped bytes before an error
        }
    }

    private void consumeBytes(int count) {
        streamOffset += count;
        head += count;
        if (head == tail) {
            head = 0;
            tail = 0;
        }
    }

    private void consume(int end) {
        streamOffset += end - head;
        head = end;
        needed = 0;
        splitter.reset();
        if (head == tail) {
            head = 0;
            tail = 0;
        }
    }

    /** A bad frame: fail, or drop it (its known length) or up to the next magic, and tell the listener. */
    private void recover(WireException cause, int frameLength) {
        if (resync == Resync.FAIL) {
            throw cause;
        }
        if (resync == Resync.SKIP_UNKNOWN) {
            if (!(cause instanceof UnknownTagException) || frameLength <= 0) {
                throw cause;
            }
            drop(frameLength, cause); // a frame the protocol's length measured, of a tag no record has
            return;
        }
        buffer.limit(tail); // decoding the frame narrowed it to the frame
        int drop;
        if (resync == Resync.SKIP_FRAME && frameLength > 0) {
            drop = frameLength;
        } else if (!magics.isEmpty()) {
            drop = nextMagic() - head;
        } else if (frameLength > 0) {
            drop = frameLength;
        } else {
            throw cause;
        }
        drop(drop, cause);
    }

    /**
     * Drops {@code count} bytes at the head. Contiguous drops are one region, reported once with the
     * first cause: before the next message, before an error, or when the feed returns.
     */
    private void drop(int count, WireException cause) {
        drops.frame(count, streamOffset, cause, buffer, head);
        consume(head + count);
    }

    private void flushDrops() {
        drops.report();
    }

    /** Whether the bytes at the head are a magic, or the start of one cut by the end of what is buffered. */
    private boolean startsLikeMagic() {
        return magics.at(buffer, head, tail);
    }

    /** The first index after {@code head} where a magic starts, or could start in bytes yet to come. */
    private int nextMagic() {
        buffer.limit(tail);
        return magics.next(buffer, head, tail);
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
            this.maxFrameLength = declared > 0 ? declared : DEFAULT_MAX_FRAME_LENGTH;
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
         * The largest frame accepted, in bytes; longer ones are an error before they are buffered. Unless
         * set, what the schema declares, else {@link #DEFAULT_MAX_FRAME_LENGTH}.
         */
        public Builder<T> maxFrameLength(int maxFrameLength) {
            if (maxFrameLength < 1) {
                throw new IllegalArgumentException("maxFrameLength must be at least 1, not " + maxFrameLength);
            }
            this.maxFrameLength = maxFrameLength;
            return this;
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
