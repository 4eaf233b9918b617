package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.Payload;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import io.wireform.samples.stream.RandomBytes;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The socket runtime on loopback: request/response, timeouts, executors, isolation, shutdown. */
@Timeout(30)
public class WireServerTest {
    /** The transport the servers of this class run on; the Netty module runs the class again on its own. */
    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    private static final String HOST = "127.0.0.1";

    private static byte[] database(int length) {
        byte[] bytes = new byte[length];
        new Random(length).nextBytes(bytes);
        return bytes;
    }

    @Test
    void smartHomeDownload() throws IOException {
        byte[] db = database(2_000_000);
        try (WireServer<SmartHome, SmartHome> server = WireServer.builder(SmartHomeCodec.INSTANCE).transport(transport())
                .respond(request -> request instanceof DownloadDb ? new DbFile(Payload.of(db)) : null)
                .start();
             WireConnection<SmartHome, SmartHome> connection = WireClient.connect(HOST, server.port(),
                     SmartHomeCodec.INSTANCE)) {
            DbFile file = (DbFile) connection.request(new DownloadDb());
            assertArrayEquals(db, file.database().readAllBytes());
            // the same connection serves a second request after the payload
            assertEquals(2_000_000, ((DbFile) connection.request(new DownloadDb())).database().readAllBytes().length);
        }
    }

    @Test
    void aPayloadReachesTheHandlerAsAStream() throws Exception {
        long length = 32L << 20; // 32 MiB, made as it is sent and digested as it arrives: held by neither end
        java.util.concurrent.atomic.AtomicInteger readerBuffer = new java.util.concurrent.atomic.AtomicInteger();
        try (WireServer<SmartHome, SmartHome> server = WireServer.builder(SmartHomeCodec.INSTANCE).transport(transport())
                .handler(connection -> {
                    DbFile upload = (DbFile) connection.receive();
                    java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                    try (InputStream in = upload.database().openStream()) {
                        byte[] chunk = new byte[8192];
                        for (int n; (n = in.read(chunk)) > 0; ) {
                            digest.update(chunk, 0, n);
                        }
                    }
                    readerBuffer.set(connection.frames().capacity());
                    connection.send(new DbFile(Payload.of(digest.digest())));
                })
                .start();
             WireConnection<SmartHome, SmartHome> client = WireClient.to(HOST, server.port(), SmartHomeCodec.INSTANCE,
                     SmartHomeCodec.INSTANCE).readTimeout(Duration.ofSeconds(20)).connect()) {
            java.security.MessageDigest sent = java.security.MessageDigest.getInstance("SHA-256");
            InputStream source = new java.security.DigestInputStream(RandomBytes.stream(length, length), sent);
            DbFile answer = (DbFile) client.request(new DbFile(Payload.of(source, length)));
            assertArrayEquals(sent.digest(), answer.database().readAllBytes());
            assertTrue(readerBuffer.get() <= 256 * 1024, "the server's reader held " + readerBuffer.get() + " bytes");
        }
    }

    @Test
    void aSilentServerIsAReadTimeout() throws IOException {
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(transport())
                .framing(Framing.delimited(new byte[] {'\n'}))
                .handler(connection -> {
                    connection.receive();   // reads, never answers, keeps the connection open
                    connection.receive();
                })
                .start();
             WireConnection<Line, Line> connection = WireClient.to(HOST, server.port(), LineCodec.INSTANCE,
                     LineCodec.INSTANCE).framing(Framing.delimited(new byte[] {'\n'}))
                     .readTimeout(Duration.ofMillis(200)).connect()) {
            connection.send(new Line("anyone there?"));
            assertThrows(SocketTimeoutException.class, connection::receive);
        }
    }

    @Test
    void aListenerThatNeverAcceptsIsAConnectTimeout() throws IOException {
        // a full accept queue drops further connection attempts, so they wait: the timeout must end that
        try (java.net.ServerSocket listener = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> queued = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 16; i++) {
                    Socket socket = new Socket();
                    try {
                        socket.connect(new InetSocketAddress(HOST, listener.getLocalPort()), 300);
                        queued.add(socket);
                    } catch (SocketTimeoutException full) {
                        socket.close();
                        break;
                    }
                }
                long start = System.nanoTime();
                assertThrows(SocketTimeoutException.class, () -> WireClient.to(HOST, listener.getLocalPort(),
                        LineCodec.INSTANCE, LineCodec.INSTANCE).connectTimeout(Duration.ofMillis(300)).connect());
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis >= 250 && millis < 5000, "gave up after " + millis + " ms");
            } finally {
                for (Socket socket : queued) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void halfCloseThroughTheConnection() throws IOException {
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(transport())
                .framing(Framing.untilClose())
                .handler(connection -> {
                    Line request = connection.receive();
                    connection.send(new Line(request.text().toUpperCase(java.util.Locale.ROOT)));
                })
                .start();
             WireConnection<Line, Line> connection = WireClient.to(HOST, server.port(), LineCodec.INSTANCE,
                     LineCodec.INSTANCE).framing(Framing.untilClose()).readTimeout(Duration.ofSeconds(5)).connect()) {
            connection.send(new Line("explicit is better than implicit"));
            connection.shutdownOutput();
            assertEquals(new Line("EXPLICIT IS BETTER THAN IMPLICIT"), connection.receive());
            assertNull(connection.receive());
        }
    }

    /** The client's own limits: {@code maxFrameLength}, and a preset reader given by {@code frames(...)}. */
    @Test
    void aClientReadsWithItsOwnLimitAndPreset() throws Exception {
        Framing lines = Framing.delimited(new byte[] {'\n'});
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(transport())
                .framing(lines).respond(line -> line).start()) {
            try (WireConnection<Line, Line> limited = WireClient.to(HOST, server.port(), LineCodec.INSTANCE,
                    LineCodec.INSTANCE).framing(lines).maxFrameLength(8).connect()) {
                assertEquals(new Line("short"), limited.request(new Line("short")));
                assertThrows(io.wireform.runtime.FrameTooLargeException.class,
                        () -> limited.request(new Line("longer than eight bytes")));
            }
            try (WireConnection<Line, Line> preset = WireClient.to(HOST, server.port(), LineCodec.INSTANCE,
                    LineCodec.INSTANCE).framing(lines)
                    .frames(() -> io.wireform.samples.framing.LineReader.builder().framing(lines).maxFrameLength(8)
                            .build())
                    .connect()) {
                assertEquals(new Line("short"), preset.request(new Line("short")));
                assertThrows(io.wireform.runtime.FrameTooLargeException.class,
                        () -> preset.request(new Line("longer than eight bytes")), "the preset's limit, not the default");
            }
        }
    }

    /** Given {@code executor(...)}, every answer of {@code respond(...)} runs on it, on every transport. */
    @Test
    void aSuppliedExecutorRunsTheAnswers() throws Exception {
        java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "mine-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        List<String> threads = new CopyOnWriteArrayList<>();
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(transport())
                .framing(Framing.delimited(new byte[] {'\n'}))
                .executor(executor)
                .respond(line -> {
                    threads.add(Thread.currentThread().getName());
                    return line;
                })
                .start()) {
            for (int i = 0; i < 3; i++) {
                try (WireConnection<Line, Line> connection = WireClient.to(HOST, server.port(), LineCodec.INSTANCE,
                        LineCodec.INSTANCE).framing(Framing.delimited(new byte[] {'\n'})).connect()) {
                    for (int j = 0; j < 4; j++) {
                        assertEquals(new Line("ping " + i + j), connection.request(new Line("ping " + i + j)));
                    }
                }
            }
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
        }
        assertEquals(12, threads.size());
        assertTrue(threads.stream().allMatch(name -> name.startsWith("mine-")), threads::toString);
    }

    @Test
    void aSuppliedExecutorRunsTheHandlers() throws Exception {
        ExecutorService executor = virtualThreadsIfAvailable();
        List<String> threads = new CopyOnWriteArrayList<>();
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(transport())
                .framing(Framing.delimited(new byte[] {'\n'}))
                .executor(executor)
                .handler(connection -> {
                    threads.add(Thread.currentThread().toString());
                    for (Line line; (line = connection.receive()) != null; ) {
                        connection.send(line);
                    }
                })
                .start()) {
            for (int i = 0; i < 5; i++) {
                try (WireConnection<Line, Line> connection = WireClient.to(HOST, server.port(), LineCodec.INSTANCE,
                        LineCodec.INSTANCE).framing(Framing.delimited(new byte[] {'\n'})).connect()) {
                    assertEquals(new Line("ping " + i), connection.request(new Line("ping " + i)));
                }
            }
        } finally {
            executor.shutdown();
            assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
        }
        assertEquals(5, threads.size());
        if (Runtime.version().feature() >= 21) {
            assertTrue(threads.get(0).startsWith("VirtualThread"), threads.get(0));
        }
    }

    /** Virtual threads on JDK 21 and later (looked up, since the runtime compiles for 17); a cached pool before. */
    private static ExecutorService virtualThreadsIfAvailable() {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException e) {
            return Executors.newCachedThreadPool();
        }
    }

    @Test
    void aBadConnectionIsClosedAndReportedWhileAnotherIsServed() throws Exception {
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        CountDownLatch reported = new CountDownLatch(1);
        try (WireServer<SmartHome, SmartHome> server = WireServer.builder(SmartHomeCodec.INSTANCE).transport(transport())
                .respond(request -> new DbFile(Payload.of(new byte[] {1, 2, 3})))
                .onError((peer, error) -> {
                    errors.add(error);
                    reported.countDown();
                })
                .start();
             WireConnection<SmartHome, SmartHome> good = WireClient.connect(HOST, server.port(), SmartHomeCodec.INSTANCE);
             Socket bad = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            bad.getOutputStream().write(new byte[] {0x77, 0x00, 0x00, 0x00});   // an unknown command word
            assertTrue(reported.await(5, TimeUnit.SECONDS));
            InputStream in = bad.getInputStream();
            bad.setSoTimeout(5000);
            assertEquals(-1, in.read(), "the server closes the bad connection");
            assertInstanceOf(WireDecodeException.class, errors.get(0));
            assertArrayEquals(new byte[] {1, 2, 3}, ((DbFile) good.request(new DownloadDb())).database().readAllBytes());
        }
    }

    @Test
    void aServerReadsWithAGeneratedReadersPreset() throws Exception {
        // seeds/004 over a WireServer: DeviceBlockReader's SCAN_TO_MAGIC, and a listener for what it drops
        java.util.concurrent.atomic.AtomicLong dropped = new java.util.concurrent.atomic.AtomicLong();
        List<String> blocks = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (WireServer<io.wireform.samples.device.DeviceBlock, io.wireform.samples.device.DeviceBlock> server =
                     WireServer.builder(io.wireform.samples.device.DeviceBlockCodec.INSTANCE).transport(transport())
                             .frames(() -> io.wireform.samples.device.DeviceBlockReader.builder()
                                     .onDropped((count, at, why) -> dropped.addAndGet(count)).build())
                             .handler(connection -> {
                                 for (io.wireform.samples.device.DeviceBlock block; (block = connection.receive()) != null; ) {
                                     blocks.add(block.getClass().getSimpleName());
                                 }
                                 done.countDown();
                             })
                             .start();
             Socket device = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            java.io.OutputStream out = device.getOutputStream();
            out.write(io.wireform.samples.device.DeviceBlockCodec.INSTANCE.encode(
                    new io.wireform.samples.device.Realtime(new byte[150])));
            out.write(new byte[] {0x01, 0x02, 0x03});
            out.write(io.wireform.samples.device.DeviceBlockCodec.INSTANCE.encode(
                    new io.wireform.samples.device.Extra(new byte[190])));
            device.shutdownOutput();
            assertTrue(done.await(5, TimeUnit.SECONDS));
            assertEquals(List.of("Realtime", "Extra"), blocks);
            assertEquals(3, dropped.get());
        }
    }

    @Test
    void closeLetsRunningHandlersFinishThenClosesTheRest() throws Exception {
        CountDownLatch inHandler = new CountDownLatch(1);
        WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(transport())
                .framing(Framing.delimited(new byte[] {'\n'}))
                .shutdownGrace(Duration.ofMillis(300))
                .handler(connection -> {
                    inHandler.countDown();
                    connection.receive();   // waits for a line that never comes
                })
                .start();
        int port = server.port();
        Socket client = new Socket(InetAddress.getLoopbackAddress(), port);
        try {
            assertTrue(inHandler.await(5, TimeUnit.SECONDS));
            assertEquals(1, server.connections());
            long start = System.nanoTime();
            server.close();
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3), "close waited only the grace period");
            client.setSoTimeout(5000);
            assertEquals(-1, client.getInputStream().read(), "the connection still open was closed");
            assertEquals(0, server.connections());
            assertThrows(IOException.class, () -> new Socket().connect(new InetSocketAddress(HOST, port), 1000));
        } finally {
            client.close();
        }
    }
}
