package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code close()} as the README gives it: it stops accepting, lets a connection that is answering
 * finish within the grace period (5 s unless set; {@code ServerDefaultsTest} checks the value a
 * transport is handed) and ends when the connections have, then closes what still runs at the end of
 * the grace, not before.
 */
@Timeout(30)
public class ShutdownTest {
    private static final Framing LINES = Framing.delimited(new byte[] {'\n'});

    /** The transport the servers of this class run on; the Netty module runs the class again on its own. */
    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    private static WireConnection<Line, Line> client(int port) throws IOException {
        return WireClient.to("127.0.0.1", port, LineCodec.INSTANCE, LineCodec.INSTANCE).framing(LINES)
                .readTimeout(Duration.ofSeconds(10)).connect();
    }

    /** {@code server.close()} on a thread of its own; {@code closed} gets the nanoTime it returned at. */
    private static Thread closing(WireServer<?, ?> server, AtomicLong closed) {
        Thread thread = new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                closed.set(System.nanoTime());
            }
        }, "closing");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Connects until the server refuses (its listener is closed); sockets it still accepted meanwhile are closed at once. */
    private static void awaitRefused(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            } catch (ConnectException refused) {
                return;
            } catch (SocketException reset) {
                // the listener closed while this connect was under way: the kernel answers its SYN with a reset
                return;
            }
            Thread.sleep(10);
        }
        fail("the server still accepted connections 5 s after close() began");
    }

    @Test
    void anAnswerUnderWayFinishesWithinTheDefaultGraceAndNothingNewIsAccepted() throws Exception {
        CountDownLatch answering = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(transport()).framing(LINES)
                .respond(line -> {
                    answering.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new Line(line.text().toUpperCase(Locale.ROOT));
                })
                .start();
        AtomicLong closed = new AtomicLong();
        try (WireConnection<Line, Line> connection = client(server.port())) {
            connection.send(new Line("beautiful is better than ugly"));
            assertTrue(answering.await(10, TimeUnit.SECONDS), "the answer did not begin");
            Thread closer = closing(server, closed);

            awaitRefused(server.port());               // stops accepting while the answer runs
            release.countDown();
            assertEquals(new Line("BEAUTIFUL IS BETTER THAN UGLY"), connection.receive(), "the answer under way is sent");
            assertTrue(closer.isAlive(), "close() waits for the connection, which is still open");

            long clientClosed = System.nanoTime();
            connection.close();
            closer.join(10_000);
            assertTrue(!closer.isAlive() && closed.get() - clientClosed < TimeUnit.MILLISECONDS.toNanos(2500),
                    "close() ends once the connections have, well before the 5 s grace: "
                            + (closed.get() - clientClosed) / 1_000_000 + " ms");
            assertEquals(0, server.connections());
        } finally {
            release.countDown();
            server.close();
        }
    }

    /** An answer ({@code respond}) or a handler still running at the end of the grace is closed then, not before. */
    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void whatRunsPastTheGraceIsClosedAtItsEnd(boolean respond) throws Exception {
        Duration grace = Duration.ofMillis(500);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        WireServer.Builder<Line, Line> builder = WireServer.builder(LineCodec.INSTANCE).transport(transport())
                .framing(LINES).shutdownGrace(grace);
        if (respond) {
            builder.respond(line -> {
                running.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS); // an answer that takes longer than the grace
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return line;
            });
        } else {
            builder.handler(connection -> {
                Line line = connection.receive();
                running.countDown();
                release.await(20, TimeUnit.SECONDS);     // busy, not reading: only the close ends it
                connection.send(line);
            });
        }
        WireServer<Line, Line> server = builder.start();
        AtomicLong closed = new AtomicLong();
        try (WireConnection<Line, Line> connection = client(server.port())) {
            connection.send(new Line("now is better than never"));
            assertTrue(running.await(10, TimeUnit.SECONDS), "the server did not begin");
            long start = System.nanoTime();
            Thread closer = closing(server, closed);
            Line answer;
            try {
                answer = connection.receive();
            } catch (IOException reset) {
                answer = null;
            }
            long seen = System.nanoTime() - start;
            assertNull(answer, "closed without an answer");
            assertTrue(seen >= grace.toNanos(), "closed " + seen / 1_000_000 + " ms into a grace of " + grace.toMillis() + " ms");
            assertTrue(seen < grace.toNanos() + TimeUnit.SECONDS.toNanos(3), "closed only after " + seen / 1_000_000 + " ms");
            closer.join(10_000);
            assertTrue(!closer.isAlive() && closed.get() - start < grace.toNanos() + TimeUnit.SECONDS.toNanos(3),
                    "close() took " + (closed.get() - start) / 1_000_000 + " ms");
            assertEquals(0, server.connections());
        } finally {
            release.countDown();
            server.close();
        }
    }
}
