package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a server survives: a handler that throws, and its JVM running out of file descriptors. */
@Timeout(60)
public class RecoveryTest {
    private static final Framing LINES = Framing.delimited(new byte[] {'\n'});

    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    private final Map<Integer, List<Throwable>> errors = new ConcurrentHashMap<>();

    private WireServer.Builder<Line, Line> server(boolean respond, RuntimeException boom) {
        WireServer.Builder<Line, Line> builder = WireServer.builder(LineCodec.INSTANCE).transport(transport()).framing(LINES)
                .onError((peer, error) -> errors.computeIfAbsent(peer.getPort(), p -> new CopyOnWriteArrayList<>()).add(error));
        java.util.function.Function<Line, Line> answer = line -> {
            if (line.text().equals("boom")) {
                throw boom;
            }
            return line;
        };
        return respond ? builder.respond(answer) : builder.handler(connection -> {
            for (Line line; (line = connection.receive()) != null; ) {
                connection.send(answer.apply(line));
            }
        });
    }

    private static WireConnection<Line, Line> client(WireServer<?, ?> server) throws IOException {
        return WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE, LineCodec.INSTANCE).framing(LINES)
                .readTimeout(Duration.ofSeconds(10)).connect();
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void aHandlerThatThrowsClosesOnlyItsConnection(boolean respond) throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        try (WireServer<Line, Line> server = server(respond, boom).start();
             Socket thrower = Await.connect(server.port(), Duration.ofSeconds(5));
             WireConnection<Line, Line> bystander = client(server)) {
            assertEquals(new Line("before"), bystander.request(new Line("before")));
            thrower.getOutputStream().write("fine\nboom\nnever answered\n".getBytes(StandardCharsets.US_ASCII));
            byte[] answered = thrower.getInputStream().readNBytes(5);
            assertEquals("fine\n", new String(answered, StandardCharsets.US_ASCII), "the answer before the throw");
            Await.closedByServer(thrower);
            Await.until(() -> errors.containsKey(thrower.getLocalPort()), Duration.ofSeconds(5), errors::toString);
            assertSame(boom, errors.get(thrower.getLocalPort()).get(0));
            assertEquals(1, errors.size(), errors::toString);
            assertEquals(new Line("after"), bystander.request(new Line("after")));
            assertEquals(1, server.counters().errors(IllegalStateException.class));
        }
    }

    /**
     * The server's JVM (this one) really runs out of descriptors: files are opened until the kernel
     * says EMFILE, while a client in another JVM connects. Accepting fails, is reported and retried;
     * once the files are closed the waiting client is answered within a second, and the next ones too.
     */
    @Test
    void acceptingOutlivesRunningOutOfFileDescriptors() throws Exception {
        try (WireServer<Line, Line> server = server(true, new IllegalStateException()).start()) {
            try (WireConnection<Line, Line> warm = client(server)) { // every class the serving needs is loaded
                assertEquals(new Line("warm"), warm.request(new Line("warm")));
            }
            Process child = Descriptors.startJvm(ChildClient.class, server.port());
            List<FileChannel> hoard = new ArrayList<>();
            try (BufferedReader childSays = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
                OutputStream tellChild = child.getOutputStream();
                assertEquals("ready", childSays.readLine());
                IOException exhausted = Descriptors.exhaust(hoard);
                assertTrue(String.valueOf(exhausted.getMessage()).contains("Too many open files"), exhausted::toString);
                tellChild.write("go\n".getBytes(StandardCharsets.US_ASCII));
                tellChild.flush();
                // descriptors the JVM frees meanwhile (a collected stream, a finished process's pipes) are
                // taken too, each millisecond; one may still go to an accept first, which then succeeds
                long failing = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (server.counters().acceptFailures() == 0 && System.nanoTime() < failing) {
                    Thread.sleep(1);
                    Descriptors.exhaust(hoard);
                }
                for (long retrying = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300); System.nanoTime() < retrying; ) {
                    Thread.sleep(1);
                    Descriptors.exhaust(hoard);
                }
                long freed = System.nanoTime();
                Descriptors.release(hoard);
                assertTrue(server.counters().acceptFailures() >= 1, "accept never failed");
                String answer = childSays.readLine();
                long millis = (System.nanoTime() - freed) / 1_000_000;
                assertEquals("answered", answer);
                assertTrue(millis < 1000, "answered " + millis + " ms after the descriptors were freed");
                System.out.println(transport() + ": " + server.counters().acceptFailures() + " failed accepts while out of"
                        + " descriptors; the waiting client answered " + millis + " ms after they were freed");

                List<Throwable> mine = errors.get(server.port());
                assertTrue(mine != null && !mine.isEmpty(), "accept failures reported with the server's address: " + errors);
                IOException reported = assertInstanceOf(IOException.class, mine.get(0));
                assertTrue(String.valueOf(reported.getMessage()).contains("Too many open files"), reported::toString);
                assertEquals(mine.size(), server.counters().acceptFailures());

                tellChild.write("go\n".getBytes(StandardCharsets.US_ASCII));
                tellChild.flush();
                assertEquals("answered", childSays.readLine());
                try (WireConnection<Line, Line> after = client(server)) {
                    assertEquals(new Line("after"), after.request(new Line("after")));
                }
                assertTrue(Descriptors.quit(child));
            } finally {
                Descriptors.cleanUp(hoard, child);
            }
            assertEquals(0, server.counters().refused());
        }
        assertTrue(errors.keySet().stream().allMatch(port -> port > 0));
    }
}
