package io.wireform.samples.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.framing.Blob;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.Sixteen;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The six framing patterns of seeds/001 and 003, each sample's server and client over loopback. */
public class PatternSamplesTest {
    private static final List<String> ZEN = Cli.ZEN;

    /** The transport the servers of this class run on; the Netty module runs the class again on its own. */
    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    @Test
    @Timeout(30)
    void everyPatternServerRunsOnTheTransportGiven() throws Exception {
        ServerTransport transport = transport();
        List<WireServer<?, ?>> servers = new ArrayList<>();
        try {
            servers.add(Streamer.server(0, text -> { }, transport));
            servers.add(HalfClose.server(0, text -> { }, transport));
            servers.add(FixedSixteen.server(0, text -> { }, transport));
            servers.add(Delimited.server(0, line -> { }, transport));
            servers.add(LengthPrefixed.server(0, series -> { }, transport));
            servers.add(ZeroEndedBlocks.server(0, text -> { }, transport));
            for (WireServer<?, ?> server : servers) {
                assertSame(transport, server.transport());
            }
        } finally {
            for (WireServer<?, ?> server : servers) {
                server.close();
            }
        }
    }

    @Test
    @Timeout(30)
    void streamerReadsTheWholeStreamAsOneMessage() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (WireServer<Line, Line> server = Streamer.server(0, received::add, transport())) {
            Streamer.client(Cli.HOST, server.port(), ZEN);
            assertEquals(ZEN.stream().map(line -> line + "\n").collect(Collectors.joining()), Cli.next(received));
            Streamer.client(Cli.HOST, server.port(), List.of());
            assertEquals("", Cli.next(received), "a client that closes at once sent an empty message");
        }
    }

    @Test
    @Timeout(30)
    void halfCloseAnswersAfterTheRequestEnds() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        String request = String.join("\n", ZEN);
        try (WireServer<Line, Line> server = HalfClose.server(0, received::add, transport())) {
            assertEquals(request.toUpperCase(Locale.ROOT), HalfClose.client(Cli.HOST, server.port(), request));
            assertEquals(request, Cli.next(received));
        }
    }

    @Test
    @Timeout(30)
    void fixedSixteenBytesEachWay() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        try (WireServer<Sixteen, Sixteen> server = FixedSixteen.server(0, received::add, transport())) {
            assertEquals("Farewell, client", FixedSixteen.client(Cli.HOST, server.port(), "Hi there, server"));
            assertEquals("Hi there, server", Cli.next(received));
            assertEquals("Farewell, client", FixedSixteen.client(Cli.HOST, server.port(), "Hi"));
            assertEquals("Hi", Cli.next(received), "padded to 16 bytes with spaces, stripped again");
        }
    }

    @Test
    @Timeout(30)
    void delimitedLinesAreAnsweredOneByOne() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        List<String> lines = new ArrayList<>(ZEN);
        lines.add("");
        lines.add("x".repeat(Delimited.MAX_LINE));
        try (WireServer<Line, Line> server = Delimited.server(0, received::add, transport())) {
            List<String> answers = Delimited.client(Cli.HOST, server.port(), lines);
            assertEquals(lines.stream().map(line -> line.toUpperCase(Locale.ROOT)).collect(Collectors.toList()), answers);
            for (String line : lines) {
                assertEquals(line, Cli.next(received));
            }
        }
    }

    @Test
    @Timeout(30)
    void delimitedServesClientsAtOnce() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try (WireServer<Line, Line> server = Delimited.server(0, line -> { }, transport())) {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    lines.add("client " + c + " line " + i);
                }
                answers.add(clients.submit(() -> Delimited.client(Cli.HOST, server.port(), lines)));
            }
            for (int c = 0; c < 4; c++) {
                assertEquals(50, answers.get(c).get(20, TimeUnit.SECONDS).size());
                assertEquals("CLIENT " + c + " LINE 49", answers.get(c).get().get(49));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @Timeout(30)
    void lengthPrefixedSeriesEndsWithTheEmptyMessage() throws Exception {
        BlockingQueue<List<String>> received = new LinkedBlockingQueue<>();
        try (WireServer<Blob, Blob> server = LengthPrefixed.server(0, received::add, transport())) {
            LengthPrefixed.client(Cli.HOST, server.port(), ZEN);
            assertEquals(ZEN, Cli.next(received));
            LengthPrefixed.client(Cli.HOST, server.port(), List.of());
            assertEquals(List.of(), Cli.next(received), "the empty message alone is an empty series");
            String large = "z".repeat(300_000);
            LengthPrefixed.client(Cli.HOST, server.port(), List.of(large, "after"));
            assertEquals(List.of(large, "after"), Cli.next(received));
        }
    }

    @Test
    @Timeout(30)
    void zeroEndedBlocksAreReassembled() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        List<String> messages = List.of(ZEN.get(0), "", "12345678", "y".repeat(10_000), ZEN.get(2));
        try (WireServer<Blob, Blob> server = ZeroEndedBlocks.server(0, received::add, transport())) {
            ZeroEndedBlocks.client(Cli.HOST, server.port(), messages);
            for (String message : messages) {
                assertEquals(message, Cli.next(received));
            }
            assertNull(received.poll(100, TimeUnit.MILLISECONDS));
        }
        // 30 bytes: three blocks of 8, one of 6, then the empty block
        assertEquals("00000008" + hex("Beautifu") + "00000008" + hex("l is bet") + "00000008" + hex("ter than")
                + "00000006" + hex(" ugly.") + "00000000", HexFormat.of().formatHex(ZeroEndedBlocks.onTheWire(ZEN.get(0))));
    }

    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.US_ASCII));
    }
}
