package io.wireform.netty.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Whose event loops a Netty server runs on, and who shuts them down: {@code on(boss, workers)} serves
 * on the application's groups and leaves them running when the server closes; {@code create()} makes
 * groups of its own and ends their threads when the server closes.
 */
@Timeout(30)
class EventLoopGroupsTest {
    private static final Framing LINES = Framing.delimited(new byte[] {'\n'});

    private static void ask(WireServer<?, ?> server, String text) throws IOException {
        try (WireConnection<Line, Line> client = WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE,
                LineCodec.INSTANCE).framing(LINES).readTimeout(Duration.ofSeconds(10)).connect()) {
            assertEquals(new Line(text), client.request(new Line(text)));
        }
    }

    @Test
    void onTheApplicationsGroupsTheServerServesThereAndLeavesThemRunning() throws Exception {
        NioEventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("app-boss", true));
        NioEventLoopGroup workers = new NioEventLoopGroup(2, new DefaultThreadFactory("app-worker", true));
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try {
            // answering on the event loops, so that the answer's thread shows whose loop read the request
            NettyTransport transport = NettyTransport.on(boss, workers).answeringOnEventLoops();
            Set<String> answeredOn = ConcurrentHashMap.newKeySet();
            for (int server = 1; server <= 2; server++) { // a second server on the groups the first one left
                try (WireServer<Line, Line> on = WireServer.builder(LineCodec.INSTANCE).transport(transport).framing(LINES)
                        .respond(line -> {
                            answeredOn.add(Thread.currentThread().getName());
                            return line;
                        }).start()) {
                    ask(on, "server " + server);
                    assertTrue(names(newThreads(before)).stream().anyMatch(name -> name.startsWith("app-boss")),
                            "the application's boss group accepts");
                }
                assertFalse(boss.isShuttingDown(), "the boss group was shut down with server " + server);
                assertFalse(workers.isShuttingDown(), "the worker group was shut down with server " + server);
                assertEquals("boss runs", boss.submit(() -> "boss runs").get(5, TimeUnit.SECONDS));
                assertEquals("workers run", workers.submit(() -> "workers run").get(5, TimeUnit.SECONDS));
            }
            assertFalse(answeredOn.isEmpty());
            assertTrue(answeredOn.stream().allMatch(name -> name.startsWith("app-worker")), answeredOn::toString);
            List<String> own = names(newThreads(before)).stream().filter(name -> name.startsWith("wireform-netty")).toList();
            assertEquals(List.of(), own, "event loops the server made on the application's groups");
        } finally {
            boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            assertTrue(boss.terminationFuture().await(5, TimeUnit.SECONDS));
            assertTrue(workers.terminationFuture().await(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void theGroupsCreateMakesEndWithTheServer() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Set<Thread> loops;
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(NettyTransport.create())
                .framing(LINES).respond(line -> line).start()) {
            ask(server, "served");
            loops = newThreads(before).stream().filter(t -> t.getName().startsWith("wireform-netty"))
                    .collect(Collectors.toSet());
            List<String> names = names(loops);
            assertTrue(names.stream().anyMatch(name -> name.startsWith("wireform-netty-accept")), names::toString);
            assertTrue(names.stream().anyMatch(name -> !name.startsWith("wireform-netty-accept")), names::toString);
        }
        List<String> left = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (Thread loop : loops) {
            loop.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            if (loop.isAlive()) {
                left.add(loop.getName());
            }
        }
        assertEquals(List.of(), left, "event-loop threads of the server alive after close()");
    }

    private static Set<Thread> newThreads(Set<Thread> before) {
        Set<Thread> now = new java.util.HashSet<>(Thread.getAllStackTraces().keySet());
        now.removeAll(before);
        now.removeIf(thread -> !thread.isAlive());
        return now;
    }

    private static List<String> names(Set<Thread> threads) {
        return threads.stream().map(Thread::getName).sorted().toList();
    }
}
