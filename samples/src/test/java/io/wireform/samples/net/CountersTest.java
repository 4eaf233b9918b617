package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.net.Deadline;
import io.wireform.runtime.net.ServerCounters;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The counters a server keeps, exact once its connections have closed. */
@Timeout(30)
public class CountersTest {
    private static final Framing LINES = Framing.delimited(new byte[] {'\n'});

    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    @ParameterizedTest(name = "respond: {0}")
    @ValueSource(booleans = {true, false})
    void whatTheServerDidIsCounted(boolean respond) throws Exception {
        WireServer.Builder<Line, Line> builder = WireServer.builder(LineCodec.INSTANCE).transport(transport())
                .framing(LINES).maxFrameLength(32);
        builder = respond ? builder.respond(line -> new Line(line.text() + "!")) : builder.handler(connection -> {
            for (Line line; (line = connection.receive()) != null; ) {
                connection.send(new Line(line.text() + "!"));
            }
        });
        long bytesIn = 0;
        long bytesOut = 0;
        try (WireServer<Line, Line> server = builder.start()) {
            for (int c = 0; c < 3; c++) {
                try (WireConnection<Line, Line> client = WireClient.to("127.0.0.1", server.port(), LineCodec.INSTANCE,
                        LineCodec.INSTANCE).framing(LINES).readTimeout(Duration.ofSeconds(10)).connect()) {
                    for (int i = 0; i < 10; i++) {
                        String text = "client " + c + " message " + i;
                        assertEquals(new Line(text + "!"), client.request(new Line(text)));
                        bytesIn += text.length() + 1;
                        bytesOut += text.length() + 2;
                    }
                }
            }
            try (Socket garbage = Await.connect(server.port(), Duration.ofSeconds(5))) {
                byte[] tooLong = "x".repeat(100).getBytes(StandardCharsets.US_ASCII);
                garbage.getOutputStream().write(tooLong);
                Await.closedByServer(garbage);
                bytesIn += 33; // what the reader takes before it knows the line is over the limit ...
            }
            Await.until(() -> server.connections() == 0, Duration.ofSeconds(5), () -> server.counters().toString());
            ServerCounters counters = server.counters();
            assertEquals(0, counters.open());
            assertEquals(4, counters.accepted());
            assertEquals(0, counters.refused());
            assertEquals(30, counters.framesIn());
            assertEquals(30, counters.framesOut());
            assertEquals(bytesOut, counters.bytesOut());
            // ... or everything that had arrived by then: up to the 100 bytes sent
            assertTrue(counters.bytesIn() >= bytesIn && counters.bytesIn() <= bytesIn - 33 + 100,
                    counters.bytesIn() + " bytes in, " + bytesIn + " expected at least");
            assertEquals(Map.of(FrameTooLargeException.class, 1L), counters.errors());
            for (Deadline deadline : Deadline.values()) {
                assertEquals(0, counters.closedBy(deadline), deadline.label());
            }
            assertTrue(counters.toString().startsWith("open 0, accepted 4, refused 0, accept failures 0, closed by the first-byte deadline 0"),
                    counters::toString);
            assertTrue(counters.toString().endsWith("errors FrameTooLargeException=1"), counters::toString);
        }
    }
}
