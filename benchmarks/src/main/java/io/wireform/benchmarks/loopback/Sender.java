package io.wireform.benchmarks.loopback;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/**
 * The peer of the loopback benchmark, the same for every receiver: listens on 127.0.0.1 (a free
 * port), accepts one connection and writes the same pre-encoded batch of frames into it again and
 * again, so the receiver always finds whole frames and TCP back-pressure paces the writes. It
 * stops when closed, when the receiver goes away, or after {@code maxDuration}.
 */
public final class Sender implements Closeable {
    private final ServerSocket listener;
    private final byte[] batch;
    private final long deadline;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile Socket connection;
    private volatile Throwable failure;
    private volatile long batches;

    public Sender(byte[] batch, Duration acceptTimeout, Duration maxDuration) throws IOException {
        this.batch = batch.clone();
        this.deadline = System.nanoTime() + maxDuration.toNanos();
        this.listener = new ServerSocket();
        listener.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1);
        listener.setSoTimeout((int) acceptTimeout.toMillis());
        this.thread = new Thread(this::run, "loopback-sender-" + listener.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    /** Where to connect: 127.0.0.1 and this port. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Why the sender stopped early, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Whole batches written so far. */
    public long batches() {
        return batches;
    }

    private void run() {
        try (Socket socket = listener.accept()) {
            connection = socket;
            OutputStream out = socket.getOutputStream();
            while (!stopping && System.nanoTime() < deadline) {
                out.write(batch);
                batches++;
            }
        } catch (IOException e) {
            if (!stopping) {
                failure = e;
            }
        } finally {
            closeQuietly(listener);
        }
    }

    /** Stops writing, closes the sockets and waits (up to 5 s) for the thread to end. */
    @Override
    public void close() throws IOException {
        stopping = true;
        closeQuietly(listener);
        Socket socket = connection;
        if (socket != null) {
            closeQuietly(socket);
        }
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
            throw new IOException(thread.getName() + " did not stop within 5 s");
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // nothing more to do with it: it is being let go
        }
    }
}
