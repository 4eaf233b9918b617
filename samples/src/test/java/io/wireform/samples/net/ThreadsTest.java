package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The threads a server makes when given no executor, as the README's "threads, by default" row gives
 * them, seen from the handler: where each connection holds a thread (the blocking transport; a {@code
 * handler(...)} on Netty), a virtual thread per connection on JDK 21 and later, and before that a
 * pool of {@code maxConnections} platform threads. Run on JDK 17 and on JDK 25, it checks the side
 * of that line the JDK running it is on. {@code NettyThreadsTest} adds what Netty's {@code
 * respond(...)} answers on.
 */
@Timeout(60)
public class ThreadsTest {
    protected static final Framing LINES = Framing.delimited(new byte[] {'\n'});
    /** Whether the JDK running the test has virtual threads. */
    protected static final boolean VIRTUAL = Runtime.version().feature() >= 21;

    /** The transport the servers of this class run on; the Netty module runs the class again on its own. */
    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    /** Whether a connection holds a thread for its life: on the blocking transport, always. */
    protected boolean threadPerConnection(boolean respond) {
        return true;
    }

    /** A thread as a handler saw it: its name, whether it is virtual (never, before JDK 21) and a daemon. */
    public record Seen(Thread thread, String name, boolean virtual, boolean daemon) {
        /** The thread running this. */
        public static Seen current() {
            Thread thread = Thread.currentThread();
            return new Seen(thread, thread.getName(), isVirtual(thread), thread.isDaemon());
        }

        /** {@code Thread.isVirtual()}, looked up: the tests compile for JDK 17, which has no such method. */
        private static boolean isVirtual(Thread thread) {
            try {
                return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
            } catch (NoSuchMethodException before21) {
                return false;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    protected static WireConnection<Line, Line> client(WireServer<?, ?> server) throws IOException {
        return WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE, LineCodec.INSTANCE).framing(LINES)
                .readTimeout(Duration.ofSeconds(20)).connect();
    }

    /**
     * {@code maxConnections} connections at once, each served at the same time as the others (every
     * one waits in its handler until all have arrived), then more, one after another: on JDK 21 and
     * later each is a new virtual thread; before, a platform thread of a pool of {@code maxConnections},
     * so no more than that many threads ever serve.
     */
    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void eachConnectionRunsOnAThreadOfItsOwn(boolean respond) throws Exception {
        Assumptions.assumeTrue(threadPerConnection(respond), "answers are not run a thread per connection here");
        int max = 4;
        int later = 10;
        CountDownLatch together = new CountDownLatch(max);
        Map<String, Seen> seen = new ConcurrentHashMap<>();           // by the line that asked
        WireServer.Builder<Line, Line> builder = WireServer.builder(LineCodec.INSTANCE).transport(transport())
                .framing(LINES).maxConnections(max);
        if (respond) {
            builder.respond(line -> {
                seen.put(line.text(), Seen.current());
                if (line.text().startsWith("together")) {
                    together.countDown();
                    await(together);
                }
                return line;
            });
        } else {
            builder.handler(connection -> {
                for (Line line; (line = connection.receive()) != null; ) {
                    seen.put(line.text(), Seen.current());
                    if (line.text().startsWith("together")) {
                        together.countDown();
                        await(together);
                    }
                    connection.send(line);
                }
            });
        }
        try (WireServer<Line, Line> server = builder.start()) {
            List<WireConnection<Line, Line>> connections = new ArrayList<>();
            try {
                for (int i = 0; i < max; i++) {
                    WireConnection<Line, Line> connection = client(server);
                    connections.add(connection);
                    connection.send(new Line("together " + i));
                }
                for (int i = 0; i < max; i++) {
                    assertEquals(new Line("together " + i), connections.get(i).receive(), "served at the same time");
                }
            } finally {
                for (WireConnection<Line, Line> connection : connections) {
                    connection.close();
                }
            }
            for (int i = 0; i < later; i++) {
                Await.until(() -> server.connections() == 0, Duration.ofSeconds(10), () -> "connections still open");
                try (WireConnection<Line, Line> connection = client(server)) {
                    assertEquals(new Line("later " + i), connection.request(new Line("later " + i)));
                    assertEquals(new Line("again " + i), connection.request(new Line("again " + i)));
                }
                assertEquals(seen.get("later " + i).thread(), seen.get("again " + i).thread(), "one thread for the connection");
            }
        }

        List<Seen> together4 = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            together4.add(seen.get("together " + i));
        }
        assertEquals(max, together4.stream().map(Seen::thread).distinct().count(), "a thread each: " + together4);
        assertTrue(seen.values().stream().allMatch(s -> s.name().startsWith("wireform-handler-")), seen::toString);
        assertTrue(seen.values().stream().allMatch(s -> s.virtual() == VIRTUAL),
                (VIRTUAL ? "virtual threads on JDK " : "platform threads on JDK ") + Runtime.version().feature() + ": " + seen);
        Set<Thread> threads = seen.values().stream().map(Seen::thread).collect(Collectors.toSet());
        if (VIRTUAL) {
            assertEquals(max + later, threads.size(), "a new virtual thread for each connection");
        } else {
            assertTrue(seen.values().stream().allMatch(Seen::daemon), seen::toString);
            assertEquals(max, threads.size(), "a pool of maxConnections platform threads serves every connection");
        }
    }

    protected static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the others never came");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
