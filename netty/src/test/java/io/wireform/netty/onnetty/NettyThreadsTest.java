package io.wireform.netty.onnetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.net.ThreadsTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link ThreadsTest} on {@code NettyTransport.create()}, the default Netty transport: a {@code
 * handler(...)} holds a thread per connection as on the blocking transport; {@code respond(...)} is
 * answered on one answering thread per event loop, as many event loops as cores, and what would wait
 * there behind a blocked answer on a pool of four platform threads a core, at least 16, on every JDK.
 */
final class NettyThreadsTest extends ThreadsTest {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Override
    protected ServerTransport transport() {
        return NettyTransport.create();
    }

    @Override
    protected boolean threadPerConnection(boolean respond) {
        return !respond;
    }

    /**
     * Two connections per event loop, answered one request at a time: a platform thread, never an
     * event loop's, answers; as many answering threads as event loops, each answering the connections
     * of its loop.
     */
    @Test
    void answersRunOnOneAnsweringThreadPerEventLoop() throws Exception {
        Map<String, Seen> seen = new ConcurrentHashMap<>();
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(transport()).framing(LINES)
                .respond(line -> {
                    seen.put(line.text(), Seen.current());
                    return line;
                }).start()) {
            List<WireConnection<Line, Line>> connections = new ArrayList<>();
            try {
                for (int c = 0; c < 2 * CORES; c++) {
                    connections.add(client(server));   // all open at once: Netty spreads them over its loops in turn
                }
                for (int c = 0; c < connections.size(); c++) {
                    for (int i = 0; i < 20; i++) {
                        Line line = new Line(c + " " + i);
                        assertEquals(line, connections.get(c).request(line));
                    }
                }
            } finally {
                for (WireConnection<Line, Line> connection : connections) {
                    connection.close();
                }
            }
        }
        assertEquals(2 * CORES * 20, seen.size());
        assertTrue(seen.values().stream().noneMatch(s -> s.virtual() || s.name().startsWith("wireform-netty")),
                "platform threads, not the event loops: " + seen);
        Set<String> answering = seen.values().stream().map(Seen::name).filter(name -> name.startsWith("wireform-answer-"))
                .collect(Collectors.toSet());
        assertEquals(CORES, answering.size(), "one answering thread for each of " + CORES + " event loops: " + answering);
        // an answer finds its loop's thread still busy with the one before for 2 ms only when this machine
        // stalls that thread; it then runs on the pool, which the next test sizes
        long onAnsweringThreads = seen.values().stream().filter(s -> s.name().startsWith("wireform-answer-")).count();
        assertTrue(onAnsweringThreads >= seen.size() * 9 / 10, onAnsweringThreads + " of " + seen.size()
                + " answers on the answering threads");
        assertTrue(seen.values().stream().allMatch(s -> s.name().startsWith("wireform-answer-")
                || s.name().startsWith("wireform-handler-")), seen::toString);
        for (int c = 0; c < 2 * CORES; c++) {
            int connection = c;
            Set<String> threads = seen.entrySet().stream().filter(e -> e.getKey().startsWith(connection + " "))
                    .map(e -> e.getValue().name()).filter(name -> name.startsWith("wireform-answer-")).collect(Collectors.toSet());
            assertEquals(1, threads.size(), "connection " + c + " is answered by its loop's thread: " + threads);
        }
    }

    /**
     * On one event loop, answers that all block: the loop's answering thread holds one, and a pool of
     * {@code max(16, 4 × cores)} platform threads the others, as many at once and no more; the rest
     * wait their turn and are answered once the blocked ones return.
     */
    @Test
    void answersThatBlockRunOnAPoolOfFourPlatformThreadsACoreAtLeastSixteen() throws Exception {
        int pool = Math.max(16, 4 * CORES);
        int asking = pool + 4;
        AtomicInteger blocked = new AtomicInteger();
        Map<String, Seen> seen = new ConcurrentHashMap<>();
        CountDownLatch release = new CountDownLatch(1);
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE)
                .transport(NettyTransport.withEventLoops(1)).framing(LINES)
                .respond(line -> {
                    seen.put(line.text(), Seen.current());
                    blocked.incrementAndGet();
                    await(release);
                    blocked.decrementAndGet();
                    return line;
                }).start()) {
            List<WireConnection<Line, Line>> connections = new ArrayList<>();
            try {
                for (int c = 0; c < asking; c++) {
                    WireConnection<Line, Line> connection = client(server);
                    connections.add(connection);
                    connection.send(new Line("ask " + c));
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (blocked.get() < 1 + pool && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(300);                   // time for more to start, if more threads there were
                assertEquals(1 + pool, blocked.get(), "the answering thread and a pool of " + pool);
                Set<String> threads = seen.values().stream().map(Seen::name).collect(Collectors.toSet());
                assertEquals(1 + pool, threads.size(), threads::toString);
                assertEquals(1, threads.stream().filter(name -> name.startsWith("wireform-answer-")).count(), threads::toString);
                assertEquals(pool, threads.stream().filter(name -> name.startsWith("wireform-handler-")).count(), threads::toString);
                assertTrue(seen.values().stream().noneMatch(Seen::virtual), "platform threads on every JDK: " + seen);
                release.countDown();
                for (int c = 0; c < asking; c++) {
                    assertEquals(new Line("ask " + c), connections.get(c).receive());
                }
            } finally {
                release.countDown();
                for (WireConnection<Line, Line> connection : connections) {
                    connection.close();
                }
            }
        }
        assertEquals(asking, seen.size());
    }
}
