package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who shuts the handlers' executor down: {@code close()} leaves one given with {@code executor(...)}
 * running, and ends the threads of the one the server made (and every other thread it started).
 */
@org.junit.jupiter.api.Timeout(30)
public class ExecutorOwnershipTest {
    private static final Framing LINES = Framing.delimited(new byte[] {'\n'});
    /** Clients at once, each asking a few times, so that several threads answer. */
    private static final int CLIENTS = 4;

    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    /** An echo server of lines that notes the thread of every answer, each taking 20 ms. */
    private WireServer.Builder<Line, Line> echo(boolean respond, Set<Thread> answeredOn) {
        Function<Line, Line> answer = line -> {
            answeredOn.add(Thread.currentThread());
            try {
                Thread.sleep(20); // long enough that a Netty answering thread hands some to the pool
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return line;
        };
        WireServer.Builder<Line, Line> builder = WireServer.builder(LineCodec.INSTANCE).transport(transport()).framing(LINES);
        return respond ? builder.respond(answer) : builder.handler(connection -> {
            for (Line line; (line = connection.receive()) != null; ) {
                connection.send(answer.apply(line));
            }
        });
    }

    /** {@link #CLIENTS} clients, each sending three requests at once, then reading the answers. */
    private static void ask(WireServer<?, ?> server) throws IOException {
        List<WireConnection<Line, Line>> clients = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE, LineCodec.INSTANCE)
                        .framing(LINES).readTimeout(Duration.ofSeconds(10)).connect());
            }
            for (int j = 0; j < 3; j++) {
                for (int i = 0; i < CLIENTS; i++) {
                    clients.get(i).send(new Line("ask " + i + j));
                }
            }
            for (int j = 0; j < 3; j++) {
                for (int i = 0; i < CLIENTS; i++) {
                    assertEquals(new Line("ask " + i + j), clients.get(i).receive());
                }
            }
        } finally {
            for (WireConnection<Line, Line> client : clients) {
                client.close();
            }
        }
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void anExecutorGivenIsNotShutDownByClose(boolean respond) throws Exception {
        AtomicInteger made = new AtomicInteger();
        ExecutorService mine = Executors.newFixedThreadPool(CLIENTS, task -> {
            Thread thread = new Thread(task, "mine-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        Set<Thread> answeredOn = ConcurrentHashMap.newKeySet();
        try {
            try (WireServer<Line, Line> server = echo(respond, answeredOn).executor(mine).start()) {
                ask(server);
            }
            assertTrue(answeredOn.stream().allMatch(t -> t.getName().startsWith("mine-")), answeredOn::toString);
            assertFalse(mine.isShutdown(), "close() shut down the executor it was given");
            assertEquals("still runs", mine.submit(() -> "still runs").get(5, TimeUnit.SECONDS));
        } finally {
            mine.shutdownNow();
            assertTrue(mine.awaitTermination(5, TimeUnit.SECONDS));
        }
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void theServersOwnThreadsEndWithIt(boolean respond) throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Set<Thread> answeredOn = ConcurrentHashMap.newKeySet();
        Set<Thread> started;
        try (WireServer<Line, Line> server = echo(respond, answeredOn).start()) {
            ask(server);
            started = wireformThreads(before);
            assertFalse(answeredOn.isEmpty());
        }
        System.out.println(transport() + (respond ? ", respond" : ", handler") + ": answered on "
                + names(answeredOn) + "; the server's platform threads " + names(started));
        // the virtual threads too, which no thread listing shows
        started.addAll(answeredOn);
        List<String> left = new ArrayList<>();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        for (Thread thread : started) {
            thread.join(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            if (thread.isAlive()) {
                left.add(thread.getName());
            }
        }
        assertEquals(List.of(), left, "threads of the server alive after close()");
        assertTrue(answeredOn.stream().allMatch(t -> t.getName().startsWith("wireform-")), () -> names(answeredOn));
    }

    /** Threads named {@code wireform-...} that were not alive {@code before}: the server's own. */
    static Set<Thread> wireformThreads(Set<Thread> before) {
        Set<Thread> started = ConcurrentHashMap.newKeySet();
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("wireform-") && !before.contains(thread)) {
                started.add(thread);
            }
        }
        return started;
    }

    private static String names(Set<Thread> threads) {
        return threads.stream().map(Thread::getName).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
