package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.annotations.Resync;
import io.wireform.runtime.net.Deadline;
import io.wireform.runtime.net.DeadlineExceededException;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four deadlines, each closing the connection that ran past it, reported with the peer and
 * counted; on both ways of serving, {@code respond} (message by message) and {@code handler} (a
 * thread per connection), since the Netty transport keeps them differently for each.
 */
@Timeout(30)
public class DeadlinesTest {
    private static final Framing LINES = Framing.delimited(new byte[] {'\n'});
    private static final Duration SHORT = Duration.ofMillis(300);
    /** How late past its deadline a close may come on a busy machine. */
    private static final long SLACK_MILLIS = 2000;

    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    private final Map<Integer, List<Throwable>> errors = new ConcurrentHashMap<>();

    /** An echo server of lines, answering message by message or from a handler's loop. */
    private WireServer.Builder<Line, Line> echo(boolean respond, Function<Line, Line> answer) {
        WireServer.Builder<Line, Line> builder = WireServer.builder(LineCodec.INSTANCE).transport(transport())
                .framing(LINES)
                .onError((peer, error) -> errors.computeIfAbsent(peer.getPort(), p -> new CopyOnWriteArrayList<>()).add(error));
        return respond ? builder.respond(answer) : builder.handler(connection -> {
            for (Line line; (line = connection.receive()) != null; ) {
                connection.send(answer.apply(line));
            }
        });
    }

    private DeadlineExceededException reported(Socket client, Deadline deadline) throws InterruptedException {
        int port = client.getLocalPort();
        // the listener makes the port's list before it adds to it: wait for the error itself
        Await.until(() -> !errors.getOrDefault(port, List.of()).isEmpty(), Duration.ofSeconds(5), () -> "an error reported for port " + port
                + ", got " + errors);
        List<Throwable> mine = errors.get(port);
        assertEquals(1, mine.size(), mine::toString);
        DeadlineExceededException e = assertInstanceOf(DeadlineExceededException.class, mine.get(0));
        assertEquals(deadline, e.deadline(), e::getMessage);
        assertEquals(port, e.peer().getPort());
        return e;
    }

    private static void assertWithin(long millis, Duration deadline, String what) {
        assertTrue(millis >= deadline.toMillis() - 50 && millis <= deadline.toMillis() + SLACK_MILLIS,
                what + " closed after " + millis + " ms, deadline " + deadline.toMillis() + " ms");
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void aSilentConnectionIsClosedByTheFirstByteDeadline(boolean respond) throws Exception {
        try (WireServer<Line, Line> server = echo(respond, line -> line).firstByteDeadline(SHORT).start();
             Socket silent = Await.connect(server.port(), Duration.ofSeconds(10))) {
            assertWithin(Await.closedByServer(silent), SHORT, "a silent connection");
            DeadlineExceededException e = reported(silent, Deadline.FIRST_BYTE);
            assertTrue(e.getMessage().endsWith(":" + silent.getLocalPort() + " sent nothing within the first-byte deadline (300 ms)"),
                    e::getMessage);
            assertEquals(SHORT, e.limit());
            assertEquals(1, server.counters().closedBy(Deadline.FIRST_BYTE));
        }
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void aTrickleCannotStretchTheFrameDeadline(boolean respond) throws Exception {
        Duration frame = Duration.ofMillis(600);
        try (WireServer<Line, Line> server = echo(respond, line -> line).firstByteDeadline(SHORT).idleTimeout(SHORT)
                .frameDeadline(frame).start();
             Socket trickle = Await.connect(server.port(), Duration.ofSeconds(10))) {
            long start = System.nanoTime();
            Thread sender = new Thread(() -> {
                try {
                    OutputStream out = trickle.getOutputStream();
                    for (int i = 0; i < 200; i++) { // a byte every 50 ms, each well within the idle timeout
                        out.write('a');
                        Thread.sleep(50);
                    }
                } catch (IOException | InterruptedException closedByTheServer) {
                    // the end the test waits for
                }
            });
            sender.start();
            Await.closedByServer(trickle);
            assertWithin((System.nanoTime() - start) / 1_000_000, frame, "a trickling frame");
            sender.join(5000);
            DeadlineExceededException e = reported(trickle, Deadline.FRAME);
            assertTrue(e.getMessage().contains("did not complete a frame within the frame deadline (600 ms): "), e::getMessage);
            assertEquals(1, server.counters().closedBy(Deadline.FRAME));
            assertEquals(0, server.counters().closedBy(Deadline.IDLE));
        }
    }

    /**
     * Under {@code SKIP_FRAME} a frame over the limit is dropped as it arrives, none of it held: still a frame in
     * progress, so a peer that trickles one is cut by the frame deadline, not let through by the idle timeout.
     */
    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void aFrameOverTheLimitBeingDroppedIsStillUnderTheFrameDeadline(boolean respond) throws Exception {
        Duration frame = Duration.ofMillis(600);
        try (WireServer<Line, Line> server = echo(respond, line -> line).framing(Framing.lengthPrefixed(2))
                .resync(Resync.SKIP_FRAME).maxFrameLength(16)
                .firstByteDeadline(SHORT).idleTimeout(SHORT).frameDeadline(frame).start();
             Socket trickle = Await.connect(server.port(), Duration.ofSeconds(10))) {
            long start = System.nanoTime();
            Thread sender = new Thread(() -> {
                try {
                    OutputStream out = trickle.getOutputStream();
                    out.write(new byte[] {0x01, 0x00}); // a frame of 256 bytes, over the limit of 16
                    for (int i = 0; i < 200; i++) { // then a byte every 50 ms, each well within the idle timeout
                        out.write('a');
                        Thread.sleep(50);
                    }
                } catch (IOException | InterruptedException closedByTheServer) {
                    // the end the test waits for
                }
            });
            sender.start();
            Await.closedByServer(trickle);
            assertWithin((System.nanoTime() - start) / 1_000_000, frame, "a trickling frame over the limit");
            sender.join(5000);
            DeadlineExceededException e = reported(trickle, Deadline.FRAME);
            assertTrue(e.getMessage().contains("did not complete a frame within the frame deadline (600 ms): "), e::getMessage);
            java.util.regex.Matcher arrived = java.util.regex.Pattern.compile(": (\\d+) bytes of it arrived$").matcher(e.getMessage());
            assertTrue(arrived.find(), e::getMessage);
            assertTrue(Integer.parseInt(arrived.group(1)) >= 3, () -> "its header and a trickled byte at least: " + e.getMessage());
            assertEquals(1, server.counters().closedBy(Deadline.FRAME));
            assertEquals(0, server.counters().closedBy(Deadline.IDLE));
        }
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void silenceBetweenFramesIsClosedByTheIdleTimeout(boolean respond) throws Exception {
        try (WireServer<Line, Line> server = echo(respond, line -> line).idleTimeout(SHORT).start();
             Socket client = Await.connect(server.port(), Duration.ofSeconds(10))) {
            client.getOutputStream().write("ping\n".getBytes(StandardCharsets.US_ASCII));
            byte[] answer = client.getInputStream().readNBytes(5);
            assertEquals("ping\n", new String(answer, StandardCharsets.US_ASCII));
            assertWithin(Await.closedByServer(client), SHORT, "a connection silent after its answer");
            DeadlineExceededException e = reported(client, Deadline.IDLE);
            assertTrue(e.getMessage().endsWith(" was silent within the idle timeout (300 ms)"), e::getMessage);
            assertEquals(1, server.counters().closedBy(Deadline.IDLE));
        }
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void timeSpentAnsweringIsNotSilence(boolean respond) throws Exception {
        try (WireServer<Line, Line> server = echo(respond, line -> {
            sleep(900);
            return line;
        }).idleTimeout(SHORT).start();
             WireConnection<Line, Line> client = WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE,
                     LineCodec.INSTANCE).framing(LINES).readTimeout(Duration.ofSeconds(10)).connect()) {
            assertEquals(new Line("slow"), client.request(new Line("slow")));
            assertEquals(new Line("again"), client.request(new Line("again")));
            assertEquals(0, server.counters().closedBy(Deadline.IDLE));
            assertEquals(Map.of(), errors);
        }
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void aPeerThatDoesNotReadIsClosedByTheWriteTimeoutAndNotBufferedWithoutLimit(boolean respond) throws Exception {
        Duration write = Duration.ofMillis(500);
        String big = "x".repeat(64 * 1024);
        int requests = 2000; // 128 MiB of answers: far more than socket buffers and the outbound limit hold
        try (WireServer<Line, Line> server = echo(respond, line -> line.text().equals("big") ? new Line(big) : line)
                .writeTimeout(write).start();
             Socket deaf = Await.connect(server.port(), Duration.ofSeconds(20));
             WireConnection<Line, Line> other = WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE,
                     LineCodec.INSTANCE).framing(LINES).readTimeout(Duration.ofSeconds(10)).connect()) {
            deaf.setReceiveBufferSize(64 * 1024);
            byte[] asks = "big\n".repeat(requests).getBytes(StandardCharsets.US_ASCII);
            Thread asker = new Thread(() -> {
                try {
                    deaf.getOutputStream().write(asks);
                } catch (IOException closedByTheServer) {
                    // the server may close it before every request is written
                }
            });
            asker.start();
            // while the deaf peer's answers pile up, another client is answered
            for (int i = 0; i < 20; i++) {
                assertEquals(new Line("hello " + i), other.request(new Line("hello " + i)));
            }
            Await.until(() -> errors.containsKey(deaf.getLocalPort()), Duration.ofSeconds(15),
                    () -> "the deaf peer closed by the write timeout; counters " + server.counters());
            asker.join(5000);
            DeadlineExceededException e = reported(deaf, Deadline.WRITE);
            assertTrue(e.getMessage().endsWith(" took none of the bytes sent within the write timeout (500 ms)"), e::getMessage);
            assertEquals(1, server.counters().closedBy(Deadline.WRITE));
            long answered = server.counters().framesOut() - 20;
            assertTrue(answered < requests / 2, "answers queued for a peer that reads nothing: " + answered);
            System.out.println(transport() + (respond ? ", respond" : ", handler") + ": " + answered + " of " + requests
                    + " answers of 64 KiB sent or queued for a peer that reads nothing, before the write timeout closed it");
            assertEquals(new Line("still here"), other.request(new Line("still here")));
        }
    }

    @Test
    void zeroTurnsTheDeadlinesOff() throws Exception {
        try (WireServer<Line, Line> server = echo(true, line -> line).firstByteDeadline(Duration.ZERO)
                .idleTimeout(Duration.ZERO).frameDeadline(Duration.ZERO).start();
             Socket silent = Await.connect(server.port(), Duration.ofMillis(700))) {
            silent.getOutputStream().write('h');
            InputStream in = silent.getInputStream();
            assertThrows(SocketTimeoutException.class, in::read, "the server left it open");
            silent.getOutputStream().write("i\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("hi\n", new String(in.readNBytes(3), StandardCharsets.US_ASCII));
            assertEquals(1, server.connections());
        }
    }

    /** A write timeout of zero is none: a peer that reads nothing for a while is waited for, then answered. */
    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void zeroTurnsTheWriteTimeoutOff(boolean respond) throws Exception {
        String big = "x".repeat(64 * 1024);
        try (WireServer<Line, Line> server = echo(respond, line -> line.text().equals("big") ? new Line(big) : line)
                .writeTimeout(Duration.ZERO).start();
             Socket slow = Await.connect(server.port(), Duration.ofSeconds(20))) {
            slow.setReceiveBufferSize(64 * 1024);
            // 64 answers of 64 KiB: more than the socket buffers hold, so the server waits on the peer
            slow.getOutputStream().write("big\n".repeat(64).getBytes(StandardCharsets.US_ASCII));
            sleep(1500); // three times the 500 ms after which a write timeout closed such a peer above
            assertEquals(0, server.counters().closedBy(Deadline.WRITE), () -> "counters " + server.counters());
            assertTrue(errors.getOrDefault(slow.getLocalPort(), List.of()).isEmpty(), errors::toString);
            InputStream in = slow.getInputStream();
            for (int i = 0; i < 64; i++) {
                assertEquals(big + "\n", new String(in.readNBytes(big.length() + 1), StandardCharsets.US_ASCII),
                        "answer " + i + " after the wait");
            }
        }
    }

    @Test
    void theClientsReadTimeoutLeavesItsConnectionOpen() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        try (WireServer<Line, Line> server = echo(false, line -> {
            await(answer);
            return line;
        }).start();
             WireConnection<Line, Line> client = WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE,
                     LineCodec.INSTANCE).framing(LINES).readTimeout(Duration.ofMillis(100)).connect()) {
            client.send(new Line("late"));
            SocketTimeoutException e = assertThrows(SocketTimeoutException.class, client::receive);
            assertEquals("nothing arrived within the read timeout (100 ms)", e.getMessage());
            answer.countDown();
            Line late = null;
            for (int tries = 0; late == null && tries < 100; tries++) {
                try {
                    late = client.receive();
                } catch (SocketTimeoutException again) {
                    // keep waiting, 100 ms at a time
                }
            }
            assertEquals(new Line("late"), late);
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deadlinesAreNeverNegative() {
        WireServer.Builder<Line, Line> builder = WireServer.builder(LineCodec.INSTANCE);
        assertThrows(IllegalArgumentException.class, () -> builder.frameDeadline(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> builder.writeTimeout(Duration.ofSeconds(-1)));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
