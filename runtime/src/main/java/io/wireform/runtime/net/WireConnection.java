package io.wireform.runtime.net;

import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.WireReader;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One TCP connection that speaks messages: {@code I} arrive, {@code O} are sent. Made by {@link
 * WireClient} or handed to a {@link WireServer}'s handler, on either transport. Sending and
 * receiving may happen on two threads; two threads must not send (or receive) at once.
 *
 * <pre>{@code
 * try (var conn = WireClient.connect("127.0.0.1", 9000, SmartHomeCodec.INSTANCE)) {
 *     var file = (DbFile) conn.request(new DownloadDb());
 *     file.database().transferTo(Path.of("house.db"));
 * }
 * }</pre>
 *
 * <p>A message of another schema, such as PostgreSQL's {@code SSLRequest} or {@code StartupMessage}
 * before the tagged messages, goes out with {@link #send(WireCodec, Object)} and comes in with {@link
 * #receive(WireCodec)}, both in this connection's framing.
 */
public final class WireConnection<I, O> implements Closeable {
    /** Small messages are gathered into one write; a larger write goes straight to the connection. */
    private static final int OUTPUT_BUFFER = 8 * 1024;

    private final Conduit conduit;
    private final Endpoint<I, O> endpoint;
    private final Reads reads;
    private final Traffic traffic;
    private final FrameReader<I> frames;
    private final WireReader<I> reader;
    private final FrameWriter<O> writer;
    private final OutputStream out;
    /** The writer of the last other codec sent with, kept for the next send of the same. */
    private WireCodec<?> otherCodec;
    private FrameWriter<?> otherWriter;

    WireConnection(Conduit conduit, Endpoint<I, O> endpoint, Reads reads, Traffic traffic) {
        this.conduit = Objects.requireNonNull(conduit, "conduit");
        this.endpoint = endpoint;
        this.reads = reads;
        this.traffic = traffic;
        this.frames = endpoint.reader();
        this.reader = WireReader.of(new TimedInput(), frames);
        this.writer = endpoint.writer();
        this.out = new BufferedOutputStream(new ConduitOutput(), OUTPUT_BUFFER);
    }

    /** Sends one message, its payload streamed if it has one, and flushes. */
    public void send(O message) throws IOException {
        writer.write(message, out);
        traffic.framesOut(1); // counted when written, before the peer can have it, as the Netty transport counts
        out.flush();
    }

    /**
     * Sends one message of another schema, framed as this connection frames its own: a handshake
     * or startup message before the connection's own messages, such as PostgreSQL's 8-byte {@code
     * SSLRequest}: {@code conn.send(SslRequestCodec.INSTANCE, new SslRequest())}.
     */
    public <M> void send(WireCodec<M> codec, M message) throws IOException {
        writerFor(codec).write(message, out);
        traffic.framesOut(1);
        out.flush();
    }

    @SuppressWarnings("unchecked")
    private <M> FrameWriter<M> writerFor(WireCodec<M> codec) {
        Objects.requireNonNull(codec, "codec");
        if (codec == endpoint.outbound) {
            return (FrameWriter<M>) writer;
        }
        if (codec != otherCodec) {
            otherWriter = new FrameWriter<>(codec, endpoint.framing);
            otherCodec = codec;
        }
        return (FrameWriter<M>) otherWriter;
    }

    /**
     * The next message, blocking up to the read timeout (a client's) or the deadlines (a server's);
     * null once the peer has closed its side cleanly between two messages.
     *
     * @throws java.net.SocketTimeoutException when nothing arrives in time; on a server, a {@link
     *     DeadlineExceededException} after which the connection is closed
     * @throws io.wireform.runtime.WireException for bytes that are not a valid message
     */
    public I receive() throws IOException {
        I message = reader.read();
        if (message != null) {
            traffic.framesIn(1);
        }
        return message;
    }

    /**
     * The next message read with another schema's codec, in this connection's framing and deadlines,
     * under the frame limit set on the builder, else the one {@code codec}'s schema declares, and the
     * resync policy {@code codec}'s schema declares, for an answer that is not one of this connection's messages: the single byte
     * {@code 'S'} or {@code 'N'} a PostgreSQL server sends back to an {@code SSLRequest}. It reads no
     * byte past that message (asking the codec how long the frame is as its header arrives, or one
     * byte at a time when the framing is not the schema's), so what follows is left for {@link
     * #receive()}. Null if the peer closed cleanly first.
     *
     * <p>For a point in the conversation where the peer sends nothing else until answered, as in a
     * handshake: bytes the connection's own reader has already taken in are not looked at, and are
     * an {@link IllegalStateException}. The message cannot have a streamed payload.
     */
    public <M> M receive(WireCodec<M> codec) throws IOException {
        Objects.requireNonNull(codec, "codec");
        int held = frames.buffered();
        if (held == 0 && frames.frameBytes() > 0) {
            throw new IllegalStateException("a frame over the limit of this connection's own messages is being dropped"
                    + " as it arrives: receive(codec) would read the rest of it");
        }
        if (held > 0) {
            throw new IllegalStateException(held == 1
                    ? "1 byte received for this connection's own messages is waiting to be read with receive():"
                            + " receive(codec) reads only what comes after it"
                    : held + " bytes received for this connection's own messages are waiting to be read with receive():"
                            + " receive(codec) reads only what comes after them");
        }
        FrameReader<M> other = endpoint.builder(codec).build();
        List<M> decoded = new ArrayList<>(1);
        byte[] bytes = new byte[64];
        int have = 0;
        while (decoded.isEmpty()) {
            int want = nextRead(codec, bytes, have);
            if (have + want > bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(Math.max(bytes.length * 2L, have + (long) want),
                        endpoint.maxFrameLength(codec) + 64L));
                want = Math.min(want, bytes.length - have);
            }
            int count = reads.read(conduit, traffic, bytes, have, want, have);
            if (count < 0) {
                other.endOfStream(decoded::add);
                if (decoded.isEmpty()) {
                    return null;
                }
                break;
            }
            other.feed(ByteBuffer.wrap(bytes, have, count), decoded::add);
            have += count;
        }
        traffic.framesIn(1);
        return decoded.get(0);
    }

    /** How many bytes to read next without reading past the frame: the codec's own count when the framing is its schema. */
    private <M> int nextRead(WireCodec<M> codec, byte[] bytes, int have) {
        if (have == 0 || !(endpoint.framing instanceof Framing.Schema)) {
            return 1;
        }
        try {
            int length = codec.frameLength(ByteBuffer.wrap(bytes), 0, have);
            return Math.max(1, (length >= 0 ? length : -length) - have);
        } catch (WireException e) {
            return 1; // the reader the byte goes to raises the error with its offset and field
        }
    }

    /** Sends {@code message} and waits for the one reply; null if the peer closed instead. */
    public I request(O message) throws IOException {
        send(message);
        return receive();
    }

    /** Half-close: tells the peer nothing more will be sent, while replies can still be received. */
    public void shutdownOutput() throws IOException {
        out.flush();
        conduit.shutdownOutput();
    }

    public InetSocketAddress remote() {
        return conduit.remote();
    }

    /** The underlying reader, for its counters (bytes dropped, work done). */
    public FrameReader<I> frames() {
        return frames;
    }

    public boolean isClosed() {
        return !conduit.isOpen();
    }

    @Override
    public void close() throws IOException {
        conduit.close();
    }

    /** The conduit as the pull reader's stream: each read within the deadline that applies. */
    private final class TimedInput extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            return reads.read(conduit, traffic, into, offset, length, frames.frameBytes());
        }

        @Override
        public void close() throws IOException {
            conduit.close();
        }
    }

    /** The conduit as the writer's stream. */
    private final class ConduitOutput extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] from, int offset, int length) throws IOException {
            conduit.write(from, offset, length);
        }

        @Override
        public void flush() throws IOException {
            conduit.flush();
        }

        @Override
        public void close() throws IOException {
            conduit.close();
        }
    }
}
