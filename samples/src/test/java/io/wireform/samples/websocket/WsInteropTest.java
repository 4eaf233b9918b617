package io.wireform.samples.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wireform.samples.interop.PeerProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The WebSocket sample against the npm {@code ws} server ({@code src/test/node/ws_echo.js}, run by
 * {@code node} on a free port of 127.0.0.1): the opening handshake by hand, then text and binary
 * messages of every length class of RFC 6455 5.2 (7-bit, 16-bit, 64-bit) echo through it intact.
 * {@code .ci/run} installs node, npm and {@code ws}; without them the tests are skipped, saying so.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WsInteropTest {
    static final Path PEER = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "src", "test", "node");
    private static final int TIMEOUT_MILLIS = 20_000;
    private static final int[] SIZES = {0, 125, 126, 65535, 65536, 1 << 20};

    private static PeerProcess server;
    private static int port;

    @BeforeAll
    static void startEchoServer() throws Exception {
        Optional<String> node = PeerProcess.missing(List.of("node", "--version"));
        assumeTrue(node.isEmpty(), () -> "skipped: node is not installed (apt-get install nodejs npm): " + node.orElseThrow());
        assumeTrue(Files.isRegularFile(PEER.resolve(Path.of("node_modules", "ws", "package.json"))),
                () -> "skipped: the npm ws package is not installed in " + PEER + " (npm install --prefix samples/src/test/node, as .ci/run does)");
        port = PeerProcess.freePort();
        server = PeerProcess.start(List.of("node", "ws_echo.js", Integer.toString(port)), PEER);
        server.await("LISTENING " + port, Duration.ofSeconds(15));
    }

    @AfterAll
    static void stopEchoServer() {
        if (server != null) {
            server.closeInput();
            server.close();
        }
    }

    @Test
    void textAndBinaryMessagesOfEveryLengthClassEchoIntact() throws IOException {
        Random random = new Random(6455);
        try (WebSocketClient client = connect()) {
            for (int size : SIZES) {
                for (int opcode : new int[] {Opcode.TEXT, Opcode.BINARY}) {
                    byte[] payload = new byte[size];
                    if (opcode == Opcode.TEXT) {
                        for (int i = 0; i < size; i++) {
                            payload[i] = (byte) (' ' + random.nextInt(95)); // printable ASCII: valid UTF-8, which ws checks
                        }
                    } else {
                        random.nextBytes(payload);
                    }
                    client.send(opcode, payload);
                    WebSocketFrame echo = client.receive().orElseThrow(() -> new AssertionError("ws closed; " + server));
                    String what = (opcode == Opcode.TEXT ? "text" : "binary") + " of " + size + " bytes";
                    assertEquals(opcode, echo.opcode(), what);
                    assertTrue(echo.fin(), what);
                    assertFalse(echo.mask(), what + ": a server's frames are not masked");
                    assertEquals(Optional.empty(), echo.maskingKey(), what);
                    assertEquals(lengthClass(size), echo.extendedPayloadLength().getClass(), what);
                    assertArrayEquals(payload, echo.payloadData(), what);
                }
            }
            client.send(Opcode.CLOSE, new byte[] {0x03, (byte) 0xE8}); // 1000, normal closure
            WebSocketFrame close = client.receive().orElseThrow(() -> new AssertionError("no close frame; " + server));
            assertEquals(Opcode.CLOSE, close.opcode());
            assertArrayEquals(new byte[] {0x03, (byte) 0xE8}, close.payloadData());
        }
    }

    /** The peer does check what we send: an unmasked client frame is a protocol error (RFC 6455 5.1), close code 1002. */
    @Test
    void anUnmaskedClientFrameIsAProtocolErrorToWs() throws IOException {
        try (WebSocketClient client = connect()) {
            client.sendRaw(WebSocketFrameCodec.INSTANCE.encode(WebSocketFrame.of(Opcode.TEXT, new byte[] {'h', 'i'}, Optional.empty())));
            WebSocketFrame close = client.receive().orElseThrow(() -> new AssertionError("ws closed without a close frame; " + server));
            assertEquals(Opcode.CLOSE, close.opcode());
            assertEquals(1002, ((close.payloadData()[0] & 0xFF) << 8) | (close.payloadData()[1] & 0xFF));
        }
    }

    private static WebSocketClient connect() throws IOException {
        return WebSocketClient.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), "/echo",
                TIMEOUT_MILLIS, 2 << 20);
    }

    private static Class<?> lengthClass(int size) {
        return size <= 125 ? ExtendedPayloadLength.None.class
                : size <= 0xFFFF ? ExtendedPayloadLength.Length16.class : ExtendedPayloadLength.Length64.class;
    }
}
