package io.wireform.runtime.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.WireCodec;
import java.io.DataInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The client's timeouts as the README gives them: {@code connectTimeout} 10 s and {@code readTimeout}
 * none unless set, read off the socket the client opens (the timeout it connects with, the {@code
 * SO_TIMEOUT} in effect at each read); a late answer is waited for; after a {@code
 * SocketTimeoutException} the connection goes on, between frames and inside one. The peer is a plain
 * {@link ServerSocket} on loopback.
 */
@Timeout(30)
class WireClientTimeoutsTest {
    /** Frames of four bytes, a big-endian int. */
    private static final WireCodec<Integer> INTS = new WireCodec<>() {
        @Override
        public void encode(Integer value, ByteBuffer out) {
            out.putInt(value);
        }

        @Override
        public Integer decode(ByteBuffer in, int limit) {
            return in.getInt();
        }

        @Override
        public int sizeOf(Integer value) {
            return 4;
        }

        @Override
        public int frameLength(ByteBuffer in, int at, int limit) {
            return limit - at >= 4 ? 4 : -4;
        }
    };

    /** A socket that records the timeout it is connected with and the {@code SO_TIMEOUT} in effect at each read. */
    private static final class RecordingSocket extends Socket {
        volatile int connectTimeout = -1;
        final List<Integer> readTimeouts = new CopyOnWriteArrayList<>();

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            connectTimeout = timeout;
            super.connect(endpoint, timeout);
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public int read(byte[] into, int offset, int length) throws IOException {
                    readTimeouts.add(getSoTimeout());
                    return super.read(into, offset, length);
                }
            };
        }
    }

    private static WireClient.Builder<Integer, Integer> client(ServerSocket peer) {
        return WireClient.to("127.0.0.1", peer.getLocalPort(), INTS, INTS);
    }

    private static ServerSocket listen() throws IOException {
        return new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
    }

    private static byte[] ints(int... values) {
        ByteBuffer bytes = ByteBuffer.allocate(4 * values.length);
        for (int value : values) {
            bytes.putInt(value);
        }
        return bytes.array();
    }

    @Test
    void unlessSetTheClientConnectsWithinTenSecondsAndReadsWithoutTimeout() throws IOException {
        RecordingSocket socket = new RecordingSocket();
        try (ServerSocket listener = listen();
             WireConnection<Integer, Integer> connection = client(listener).sockets(() -> socket).connect();
             Socket peer = listener.accept()) {
            assertEquals(10_000, socket.connectTimeout, "the connect timeout, in milliseconds");
            peer.getOutputStream().write(ints(7));
            assertEquals(7, connection.receive());
            assertFalse(socket.readTimeouts.isEmpty());
            assertEquals(List.of(0), socket.readTimeouts.stream().distinct().toList(), "SO_TIMEOUT 0: no read timeout");
        }
    }

    @Test
    void theTimeoutsSetAreTheOnesTheClientApplies() throws IOException {
        RecordingSocket socket = new RecordingSocket();
        try (ServerSocket listener = listen();
             WireConnection<Integer, Integer> connection = client(listener).connectTimeout(Duration.ofMillis(1500))
                     .readTimeout(Duration.ofMillis(2500)).sockets(() -> socket).connect();
             Socket peer = listener.accept()) {
            assertEquals(1500, socket.connectTimeout);
            peer.getOutputStream().write(ints(8));
            assertEquals(8, connection.receive());
            assertEquals(List.of(2500), socket.readTimeouts.stream().distinct().toList());
        }
    }

    @Test
    void withoutAReadTimeoutALateAnswerIsWaitedFor() throws Exception {
        long delay = 1200;
        try (ServerSocket listener = listen();
             WireConnection<Integer, Integer> connection = client(listener).connect();
             Socket peer = listener.accept()) {
            Thread late = new Thread(() -> {
                try {
                    Thread.sleep(delay);
                    peer.getOutputStream().write(ints(9));
                } catch (IOException | InterruptedException e) {
                    // the receive below fails, or the test times out
                }
            }, "late-answer");
            late.setDaemon(true);
            long start = System.nanoTime();
            late.start();
            assertEquals(9, connection.receive());
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(delay - 50), "answered early");
            late.join(5000);
        }
    }

    @Test
    void afterAReadTimeoutTheConnectionStaysUsable() throws IOException {
        try (ServerSocket listener = listen();
             WireConnection<Integer, Integer> connection = client(listener).readTimeout(Duration.ofMillis(200)).connect();
             Socket peer = listener.accept()) {
            long start = System.nanoTime();
            assertThrows(SocketTimeoutException.class, connection::receive, "nothing sent yet");
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(150), "gave up before the timeout");
            assertFalse(connection.isClosed());

            peer.getOutputStream().write(ints(1));
            assertEquals(1, connection.receive(), "between frames");

            byte[] two = ints(2, 3);
            peer.getOutputStream().write(two, 0, 2);        // half a frame, then silence
            assertThrows(SocketTimeoutException.class, connection::receive);
            peer.getOutputStream().write(two, 2, two.length - 2);
            assertEquals(2, connection.receive(), "the frame the timeout cut is read whole");
            assertEquals(3, connection.receive());

            connection.send(4);                             // and it still sends
            peer.setSoTimeout(5000);
            assertEquals(4, new DataInputStream(peer.getInputStream()).readInt());
            assertFalse(connection.isClosed());
        }
    }
}
