package io.wireform.runtime.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A {@link Conduit} over a blocking {@link Socket}: each read's timeout is the socket's {@code
 * SO_TIMEOUT}; the write timeout is kept by a watchdog that closes the socket under a write that
 * has made no progress for too long (the JDK's blocking writes have no timeout of their own).
 */
final class SocketConduit implements Conduit {
    /** Writes go to the socket in pieces of at most this, so that each piece written is progress the watchdog sees. */
    private static final int WRITE_PIECE = 64 * 1024;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final InetSocketAddress remote;
    private final Traffic traffic;
    private final Duration writeTimeout;
    private final Consumer<SocketConduit> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private int soTimeout = -1;
    /** When the piece being written started (nanoTime), or 0 when no write is under way. */
    private volatile long writingSince;
    private volatile boolean writeTimedOut;

    SocketConduit(Socket socket, Traffic traffic, Duration writeTimeout, Consumer<SocketConduit> onClose) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.remote = (InetSocketAddress) socket.getRemoteSocketAddress();
        this.traffic = traffic;
        this.writeTimeout = writeTimeout;
        this.onClose = onClose;
    }

    /** A client's: no counters, no write timeout. */
    static SocketConduit client(Socket socket) throws IOException {
        return new SocketConduit(socket, Traffic.NONE, Duration.ZERO, closed -> { });
    }

    @Override
    public int read(byte[] into, int offset, int length, long timeoutNanos) throws IOException {
        int millis = timeoutNanos == 0 ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, (timeoutNanos + 999_999) / 1_000_000));
        if (millis != soTimeout) {
            socket.setSoTimeout(millis);
            soTimeout = millis;
        }
        int count = in.read(into, offset, length);
        if (count > 0) {
            traffic.bytesIn(count);
        }
        return count;
    }

    @Override
    public void write(byte[] from, int offset, int length) throws IOException {
        for (int at = offset, end = offset + length; at < end; ) {
            int piece = Math.min(WRITE_PIECE, end - at);
            writingSince = System.nanoTime();
            try {
                out.write(from, at, piece);
            } catch (IOException e) {
                if (writeTimedOut) {
                    DeadlineExceededException timeout = DeadlineExceededException.of(Deadline.WRITE, remote, writeTimeout, 0);
                    timeout.addSuppressed(e);
                    throw timeout;
                }
                throw e;
            } finally {
                writingSince = 0;
            }
            traffic.bytesOut(piece);
            at += piece;
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush(); // a socket's stream holds nothing back
    }

    /** For the watchdog: closes the socket if a write has made no progress since {@code now - writeTimeout}. */
    void checkWrite(long now) {
        long since = writingSince;
        if (since != 0 && now - since > writeTimeout.toNanos() && !writeTimedOut && isOpen()) {
            writeTimedOut = true;
            traffic.expired(Deadline.WRITE);
            closeQuietly();
        }
    }

    @Override
    public void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    @Override
    public InetSocketAddress remote() {
        return remote;
    }

    @Override
    public boolean isOpen() {
        return !closed.get();
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            try {
                socket.close();
            } finally {
                onClose.accept(this);
            }
        }
    }

    void closeQuietly() {
        try {
            close();
        } catch (IOException ignored) {
            // closing is all that is left to do with it
        }
    }
}
