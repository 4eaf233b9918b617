package io.wireform.runtime.stream;

import io.wireform.runtime.Payload;
import io.wireform.runtime.StreamedCodec;
import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import java.nio.ByteBuffer;
import java.util.function.LongFunction;

/**
 * The payloads a {@link FrameReader} streams: a message that ends with a {@link Payload} (its codec a
 * {@link StreamedCodec}, the framing the schema's) is its header alone, and the bytes after it are its
 * payload, handed as they arrive to a {@link PayloadSink} (push) or read by a {@link WireReader} (pull).
 * While a payload is active no message is read: the bytes that come are its own, up to its length, or
 * to the end of the stream when it has none (-1).
 */
final class PayloadStream<T> {
    private final PayloadSink<? super T> sink;
    private final Splitter splitter;
    /** The reader's bytes, the payload's first among them when it is active. */
    private final Backlog held;
    private final String name;
    /** The codec, when its payloads are streamed: to a sink, or by the pull reader, with the schema's framing. Else payloads are buffered. */
    private StreamedCodec<T> codec;
    /** How a payload is handed out when no sink takes it: set by the pull reader. */
    private LongFunction<Payload> pulled;
    private T owner;
    private long left;
    /** The length of the current payload and of the header before it, for a stream that ends inside it. */
    private long total;
    private int header;
    private boolean active;

    /** {@code sink} null when none is set: payloads are streamed only if the pull reader {@link #hold}s them. */
    PayloadStream(PayloadSink<? super T> sink, Splitter splitter, Backlog held, String name) {
        this.sink = sink;
        this.splitter = splitter;
        this.held = held;
        this.name = name;
    }

    /** From now on a payload of {@code codec}'s messages is not part of the frame but streamed after its header. */
    void stream(WireCodec<T> codec, Framing framing) {
        if (codec instanceof StreamedCodec<T> s && framing instanceof Framing.Schema) {
            this.codec = s;
            splitter.streamed = true;
        }
    }

    /** For the pull reader: payloads are handed out by {@code factory}, which reads them from the source. */
    void hold(LongFunction<Payload> factory, WireCodec<T> codec, Framing framing) {
        this.pulled = factory;
        stream(codec, framing);
    }

    /** The codec whose headers are decoded when payloads are streamed; null when they are buffered with their frames. */
    StreamedCodec<T> codec() {
        return codec;
    }

    boolean hasSink() {
        return sink != null;
    }

    /** Whether a payload is being streamed, so no message can be read until it is done. */
    boolean active() {
        return active;
    }

    /** Bytes of the current payload still to come; -1 when it runs to the end of the stream. */
    long left() {
        return left;
    }

    /** The payload of the header being decoded, {@code length} bytes long (-1: to the end of the stream). */
    Payload open(long length) {
        if (length == 0 && sink == null) {
            return Payload.of(new byte[0]); // nothing to stream
        }
        active = true;
        left = length;
        total = length;
        header = splitter.contentEnd - splitter.contentStart;
        if (sink != null) {
            return new PushedPayload(length);
        }
        if (pulled == null) {
            throw new IllegalStateException(name + " streams a payload: read it with a WireReader, or give the push"
                    + " reader a PayloadSink with FrameReader.builder(codec).onPayload(...)");
        }
        return pulled.apply(length);
    }

    /**
     * Decodes a message's header from {@code source}, up to {@code end}, opening its payload, which the
     * message then owns.
     */
    T decodeHeader(ByteBuffer source, int end) {
        T message;
        try {
            message = codec.decodeHeader(source, end, this::open);
        } catch (WireException e) {
            done(); // a header refused after its payload was opened: the frame has no payload to stream
            throw e;
        }
        if (active) {
            owner = message;
        }
        return message;
    }

    /** How many of {@code available} bytes belong to the payload. */
    private int next(int available) {
        return (int) Math.min(available, left < 0 ? Integer.MAX_VALUE : left);
    }

    /** Sends the payload's bytes held to the sink; returns true when the payload is complete (and over). */
    boolean push() {
        int count = next(held.size());
        if (count > 0) {
            held.buffer.limit(held.tail);
            sink.bytes(owner, held.buffer.slice(held.head, count).asReadOnlyBuffer());
            consumed(count);
            held.release(held.head + count);
        }
        if (left != 0) {
            return false;
        }
        end();
        return true;
    }

    /** For the pull reader: copies the payload's bytes held into {@code into}; returns how many (0 when none are held). */
    int take(byte[] into, int offset, int length) {
        int count = next(Math.min(length, held.size()));
        held.buffer.limit(held.tail);
        held.buffer.get(held.head, into, offset, count);
        consumed(count);
        held.release(held.head + count);
        return count;
    }

    /** For the pull reader: {@code count} payload bytes were read straight from the source, never held. */
    void readPastBuffer(long count) {
        consumed(count);
        held.passed(count);
    }

    /** {@code count} bytes of the payload were read, from the buffer or straight from the source. */
    private void consumed(long count) {
        if (left > 0) {
            left -= count;
        }
    }

    /** The payload is over: parsing resumes with the bytes after it. */
    void done() {
        active = false;
        owner = null;
        left = 0;
    }

    /**
     * The stream ended inside the payload: the end of one that runs to the end of the stream, which the sink
     * is told of; else a frame cut short, saying how far into it (header and payload) the stream ended.
     */
    void endOfStream() {
        if (left < 0) {
            end();
            return;
        }
        throw new TruncatedFrameException(null, 0, name + ".<payload>", header + total, header + total - left, true);
    }

    private void end() {
        T message = owner;
        done();
        if (sink != null) {
            sink.end(message);
        }
    }
}
