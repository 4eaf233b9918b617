package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The connection limit, the accept backlog and their defaults. */
@Timeout(30)
public class LimitsTest {
    private static final Framing LINES = Framing.delimited(new byte[] {'\n'});

    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    /** The limit a server gets unless told: 256 platform threads, or 10,000 where connections hold none. */
    protected int defaultMaxConnections(boolean respond) {
        return ServerSetup.virtualThreads() ? 10_000 : 256;
    }

    private WireServer.Builder<Line, Line> echo(boolean respond) {
        WireServer.Builder<Line, Line> builder = WireServer.builder(LineCodec.INSTANCE).transport(transport()).framing(LINES);
        return respond ? builder.respond(line -> line) : builder.handler(connection -> {
            for (Line line; (line = connection.receive()) != null; ) {
                connection.send(line);
            }
        });
    }

    private static WireConnection<Line, Line> client(WireServer<?, ?> server) throws IOException {
        return WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE, LineCodec.INSTANCE).framing(LINES)
                .readTimeout(Duration.ofSeconds(10)).connect();
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void connectionsPastTheLimitAreRefusedCleanlyAndCounted(boolean respond) throws Exception {
        List<WireConnection<Line, Line>> served = new ArrayList<>();
        try (WireServer<Line, Line> server = echo(respond).maxConnections(3).start()) {
            assertEquals(3, server.maxConnections());
            for (int i = 0; i < 3; i++) {
                served.add(client(server));
                assertEquals(new Line("hello " + i), served.get(i).request(new Line("hello " + i)));
            }
            try (Socket fourth = Await.connect(server.port(), Duration.ofSeconds(5))) {
                long millis = Await.closedByServer(fourth);
                assertTrue(millis < 2000, "refused after " + millis + " ms");
            }
            assertEquals(1, server.counters().refused());
            assertEquals(3, server.counters().accepted());
            assertEquals(3, server.connections());
            served.remove(0).close();
            Await.until(() -> server.connections() == 2, Duration.ofSeconds(5), () -> "a connection closed: " + server.counters());
            try (WireConnection<Line, Line> again = client(server)) {
                assertEquals(new Line("room again"), again.request(new Line("room again")));
            }
            for (WireConnection<Line, Line> connection : served) {
                assertEquals(new Line("still served"), connection.request(new Line("still served")));
                connection.close();
            }
        } finally {
            for (WireConnection<Line, Line> connection : served) {
                connection.close();
            }
        }
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void theDefaultConnectionLimit(boolean respond) throws Exception {
        try (WireServer<Line, Line> server = echo(respond).start()) {
            assertEquals(defaultMaxConnections(respond), server.maxConnections());
        }
    }

    @Test
    void theAcceptBacklogIsTheOneSet() throws Exception {
        try (WireServer<Line, Line> server = echo(true).backlog(7).start()) {
            assertEquals(7, listenBacklog(server.port()));
        }
        int somaxconn;
        try (java.io.BufferedReader proc = Files.newBufferedReader(Path.of("/proc/sys/net/core/somaxconn"))) {
            somaxconn = Integer.parseInt(proc.readLine().trim());
        }
        try (WireServer<Line, Line> server = echo(true).start()) {
            assertEquals(Math.min(1024, somaxconn), listenBacklog(server.port()));
        }
        assertThrows(IllegalArgumentException.class, () -> echo(true).backlog(0));
    }

    /** The backlog of the listening socket on {@code port}, as {@code ss} reads it from the kernel (its Send-Q). */
    private static long listenBacklog(int port) throws IOException, InterruptedException {
        Process ss;
        try {
            ss = new ProcessBuilder("ss", "-ltnH", "sport = :" + port).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("ss is not installed (Debian: apt-get install iproute2): " + e.getMessage());
            return -1;
        }
        try {
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            assertTrue(ss.waitFor(10, TimeUnit.SECONDS), "ss did not finish");
            String[] columns = out.split("\\s+");
            assertTrue(columns.length >= 4 && columns[0].equals("LISTEN"), "ss printed: " + out);
            return Long.parseLong(columns[2]);
        } finally {
            ss.destroyForcibly();
        }
    }
}
