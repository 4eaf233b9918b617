package io.wireform.runtime.net;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The bytes of one connection as a {@link WireConnection} reads and writes them: blocking calls,
 * with a timeout on each read. A {@link ServerTransport} implements it over its sockets (the
 * blocking transport over a {@code java.net.Socket}, {@code wireform-netty} over a channel); an
 * application never sees it.
 *
 * <p>One thread reads and one thread writes at a time; {@link #close()} may come from any thread,
 * at any time, and makes blocked calls fail.
 */
public interface Conduit extends Closeable {

    /**
     * Reads at least one byte into {@code into}, at most {@code length}, waiting at most
     * {@code timeoutNanos} for the first (zero: without limit).
     *
     * @return the count, or -1 once the peer has closed its side and every byte has been read
     * @throws java.net.SocketTimeoutException when no byte arrived in time; the conduit stays usable
     */
    int read(byte[] into, int offset, int length, long timeoutNanos) throws IOException;

    /**
     * Queues bytes for the peer, or writes them; may block while the peer does not read, and fails
     * with a {@link DeadlineExceededException} for {@link Deadline#WRITE} when the transport's write
     * timeout passes without progress.
     */
    void write(byte[] from, int offset, int length) throws IOException;

    /** Sends everything written so far on its way; may block like {@link #write}. */
    void flush() throws IOException;

    /** Half-close: the peer reads end of stream; reading goes on. */
    void shutdownOutput() throws IOException;

    /** The remote end. */
    InetSocketAddress remote();

    boolean isOpen();

    /** Closes the connection; closing twice does nothing. */
    @Override
    void close() throws IOException;
}
