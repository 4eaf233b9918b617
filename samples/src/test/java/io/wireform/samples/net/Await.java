package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** What the socket tests wait for, each wait bounded. */
final class Await {
    private Await() {
    }

    /** Polls {@code condition} every 5 ms until it holds; fails with {@code what} after {@code limit}. */
    static void until(BooleanSupplier condition, Duration limit, Supplier<String> what) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("waited " + limit.toMillis() + " ms: " + what.get());
            }
            Thread.sleep(5);
        }
    }

    /** A plain socket to the server on loopback, whose reads give up after {@code readTimeout}. */
    static Socket connect(int port, Duration readTimeout) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout((int) readTimeout.toMillis());
        return socket;
    }

    /**
     * Reads until the server closes the connection (end of stream, or a reset when it closed with
     * bytes unread) and returns how long that took, in ms; fails if it stays open past the socket's
     * read timeout. Bytes the server sent before closing are skipped.
     */
    static long closedByServer(Socket socket) throws IOException {
        long start = System.nanoTime();
        InputStream in = socket.getInputStream();
        byte[] sink = new byte[8192];
        try {
            while (in.read(sink) >= 0) {
                // what the server sent before closing
            }
        } catch (SocketTimeoutException e) {
            fail("the server left the connection open");
        } catch (SocketException e) {
            if (!String.valueOf(e.getMessage()).contains("reset")) {
                throw e;
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
