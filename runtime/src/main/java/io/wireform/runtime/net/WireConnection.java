package io.wireform.runtime.net;

import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.WireReader;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * One TCP connection that speaks messages: {@code I} arrive, {@code O} are sent. Made by {@link
 * WireClient} or handed to a {@link WireServer}'s handler. Sending and receiving may happen on two
 * threads; two threads must not send (or receive) at once.
 *
 * <pre>{@code
 * try (var conn = WireClient.connect("127.0.0.1", 9000, SmartHomeCodec.INSTANCE)) {
 *     var file = (DbFile) conn.request(new DownloadDb());
 *     file.database().transferTo(Path.of("house.db"));
 * }
 * }</pre>
 */
public final class WireConnection<I, O> implements Closeable {
    private final Socket socket;
    private final WireReader<I> reader;
    private final FrameWriter<O> writer;
    private final OutputStream out;

    WireConnection(Socket socket, FrameReader<I> frames, FrameWriter<O> writer) throws IOException {
        this.socket = socket;
        this.reader = WireReader.of(socket.getInputStream(), frames);
        this.writer = writer;
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    }

    /** Sends one message, its payload streamed if it has one, and flushes. */
    public void send(O message) throws IOException {
        writer.write(message, out);
        out.flush();
    }

    /**
     * The next message, blocking up to the read timeout; null once the peer has closed its side
     * cleanly between two messages.
     *
     * @throws java.net.SocketTimeoutException when nothing arrives within the read timeout
     * @throws io.wireform.runtime.WireException for bytes that are not a valid message
     */
    public I receive() throws IOException {
        return reader.read();
    }

    /** Sends {@code message} and waits for the one reply; null if the peer closed instead. */
    public I request(O message) throws IOException {
        send(message);
        return receive();
    }

    /** Half-close: tells the peer nothing more will be sent, while replies can still be received. */
    public void shutdownOutput() throws IOException {
        out.flush();
        socket.shutdownOutput();
    }

    public InetSocketAddress remote() {
        return (InetSocketAddress) socket.getRemoteSocketAddress();
    }

    /** The underlying reader, for its counters (bytes dropped, work done). */
    public FrameReader<I> frames() {
        return reader.frames();
    }

    public boolean isClosed() {
        return socket.isClosed();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
