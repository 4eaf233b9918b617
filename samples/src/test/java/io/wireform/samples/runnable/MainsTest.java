package io.wireform.samples.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.net.WireServer;
import io.wireform.samples.Demo;
import io.wireform.samples.framing.Line;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every runnable sample's main, as a person runs it: no arguments, client against a server, server until stopped. */
class MainsTest {

    @FunctionalInterface
    interface Main {
        void run() throws Exception;
    }

    /** Runs {@code main} with System.out captured (and echoed), returns what it printed. */
    private static String output(Main main) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }

    private static void assertContains(String output, String... expected) {
        for (String text : expected) {
            assertTrue(output.contains(text), "expected \"" + text + "\" in:\n" + output);
        }
    }

    private static Set<String> sampleTempFiles() {
        File[] files = new File(System.getProperty("java.io.tmpdir")).listFiles(
                (dir, name) -> name.startsWith("smarthome-") || name.startsWith("house"));
        return files == null ? Set.of() : Arrays.stream(files).map(File::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    @Timeout(60)
    void theDemoDownloadsTheDatabaseThenShowsTheCodecs() throws Exception {
        Set<String> before = sampleTempFiles();
        String out = output(() -> Demo.main(new String[0]));
        assertContains(out, "wrote house.db with sqlite-jdbc", "rows in devices", "  equal", "devices, 40000 on",
                "hub stopped, both files deleted", "01000000 61620000 cdcc2c40", "Malformed frame at offset 155");
        assertTrue(out.lines().count() < 60, out.lines().count() + " lines");
        String[] sha = Pattern.compile("SHA-256 (?:hub|robot) +([0-9a-f]{64})").matcher(out).results()
                .map(m -> m.group(1)).toArray(String[]::new);
        assertEquals(2, sha.length);
        assertEquals(sha[0], sha[1]);
        assertEquals(before, sampleTempFiles(), "temp files left behind");
    }

    @Test
    @Timeout(60)
    void eachPatternRunsServerAndClientOverLoopback() throws Exception {
        assertContains(output(() -> Streamer.main(new String[0])), "read until the close:\nBeautiful is better than ugly.\n"
                + "Explicit is better than implicit.\nSimple is better than complex.\n");
        assertContains(output(() -> HalfClose.main(new String[0])), "SIMPLE IS BETTER THAN COMPLEX.");
        assertContains(output(() -> FixedSixteen.main(new String[0])), "server received 16 bytes: Hi there, server",
                "client received 16 bytes: Farewell, client");
        assertContains(output(() -> Delimited.main(new String[0])),
                "server got \"Explicit is better than implicit.\", client got \"EXPLICIT IS BETTER THAN IMPLICIT.\"");
        assertContains(output(() -> LengthPrefixed.main(new String[0])), "Message says: 'Simple is better than complex.'",
                "(3 messages, then the empty one that ends the series)");
        assertContains(output(() -> ZeroEndedBlocks.main(new String[0])), "50 bytes:\n  0000000842656175",
                "server got: Simple is better than complex.");
        assertContains(output(() -> BinarySocket.main(new String[0])), "client sending b'0100000061620000cdcc2c40'",
                "server unpacked: (1, b'ab', 2.700000047683716)");
    }

    @Test
    @Timeout(60)
    void theDeviceSimulatorAndItsServer() throws Exception {
        String out = output(() -> DeviceSimulator.main(new String[0]));
        Matcher sent = Pattern.compile("device sent 300 blocks (\\{.*?}), (\\d+) bytes with (\\d+) bytes of noise").matcher(out);
        Matcher got = Pattern.compile("server decoded 300 blocks (\\{.*?}), dropped (\\d+) bytes of noise").matcher(out);
        assertTrue(sent.find() && got.find(), out);
        assertEquals(sent.group(1), got.group(1));
        assertEquals(sent.group(3), got.group(2));
    }

    @Test
    @Timeout(60)
    void theSmartHomeClientDownloadsFromAHubAlreadyRunning() throws Exception {
        Set<String> before = sampleTempFiles();
        try (SmartHomeServer hub = SmartHomeServer.start(0, 1000)) {
            String out = output(() -> SmartHomeClient.main(new String[] {Integer.toString(hub.port()), Cli.HOST}));
            assertContains(out, "got DbFile[database=Payload[" + hub.size() + " bytes]]", "SHA-256 " + hub.sha256(),
                    "Summary[rows=1000");
        }
        assertEquals(before, sampleTempFiles(), "temp files left behind");
    }

    @Test
    @Timeout(30)
    void clientRoleTalksToAServerAlreadyRunning() throws Exception {
        BlockingQueue<List<String>> received = new LinkedBlockingQueue<>();
        try (WireServer<?, ?> server = LengthPrefixed.server(0, received::add)) {
            output(() -> LengthPrefixed.main(new String[] {"client", Integer.toString(server.port())}));
            assertEquals(Cli.ZEN, Cli.next(received));
        }
        assertContains(output(() -> {
            try (WireServer<?, ?> server = FixedSixteen.server(0, text -> { })) {
                FixedSixteen.main(new String[] {"client", Integer.toString(server.port()), "127.0.0.1"});
            }
        }), "The server said Farewell, client");
    }

    @Test
    @Timeout(30)
    void serverRoleServesUntilInterruptedThenCloses() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        BlockingQueue<Throwable> ended = new LinkedBlockingQueue<>();
        Thread server = new Thread(() -> {
            try {
                Streamer.main(new String[] {"server", Integer.toString(port)});
            } catch (Throwable e) {
                ended.add(e);
            }
        }, "streamer-server");
        try {
            server.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!captured.toString(StandardCharsets.UTF_8).contains("Listening at 127.0.0.1:" + port)) {
                assertTrue(System.nanoTime() < deadline, "the server did not start");
                Thread.sleep(10);
            }
            Streamer.client(Cli.HOST, port, List.of("Beautiful is better than ugly."));
            while (!captured.toString(StandardCharsets.UTF_8).contains("it says:\nBeautiful is better than ugly.")) {
                assertTrue(System.nanoTime() < deadline, "the server printed nothing: " + captured);
                Thread.sleep(10);
            }
            server.interrupt();
            assertTrue(ended.poll(10, TimeUnit.SECONDS) instanceof InterruptedException);
            assertThrows(IOException.class, () -> new Socket(Cli.HOST, port).close(), "closed when interrupted");
        } finally {
            System.setOut(original);
            server.interrupt();
        }
    }

    @Test
    @Timeout(10)
    void badArgumentsSayHowToRunIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Streamer.main(new String[] {"serve"}));
        assertTrue(e.getMessage().startsWith("usage: [server [port] | client port [host]]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cli.parse(new String[] {"client"}));
        assertEquals(new Cli(Cli.Role.SERVER, 1060, Cli.HOST), Cli.parse(new String[] {"server", "1060"}));
        assertEquals(new Cli(Cli.Role.CLIENT, 1060, "::1"), Cli.parse(new String[] {"client", "1060", "::1"}));
    }
}
