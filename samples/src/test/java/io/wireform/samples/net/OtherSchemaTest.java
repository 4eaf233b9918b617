package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.net.pg.Backend;
import io.wireform.samples.net.pg.BackendCodec;
import io.wireform.samples.net.pg.Frontend;
import io.wireform.samples.net.pg.FrontendCodec;
import io.wireform.samples.net.pg.SslAnswer;
import io.wireform.samples.net.pg.SslAnswerCodec;
import io.wireform.samples.net.pg.SslRequest;
import io.wireform.samples.net.pg.SslRequestCodec;
import io.wireform.samples.net.pg.StartupMessage;
import io.wireform.samples.net.pg.StartupMessageCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code send(codec, message)} and {@code receive(codec)}: messages of another schema on a
 * connection, as PostgreSQL starts one: an SSLRequest answered by one byte, then a StartupMessage
 * without a type byte, then the tagged messages both ways.
 */
@Timeout(30)
public class OtherSchemaTest {
    private static final byte[] PARAMETERS = "user\0alice\0database\0house\0\0".getBytes(StandardCharsets.US_ASCII);

    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    private final List<Object> serverSaw = new CopyOnWriteArrayList<>();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    /** A PostgreSQL-like server: no to SSL, trust authentication, "SELECT 1" for every query. */
    private WireServer<Frontend, Backend> start() throws Exception {
        return WireServer.builder(FrontendCodec.INSTANCE, BackendCodec.INSTANCE).transport(transport())
                .onError((peer, error) -> errors.add(error))
                .handler(connection -> {
                    serverSaw.add(connection.receive(SslRequestCodec.INSTANCE));
                    connection.send(SslAnswerCodec.INSTANCE, new SslAnswer((byte) 'N'));
                    serverSaw.add(connection.receive(StartupMessageCodec.INSTANCE));
                    connection.send(new Backend.AuthenticationOk());
                    connection.send(new Backend.ReadyForQuery((byte) 'I'));
                    for (Frontend message; (message = connection.receive()) != null; ) {
                        serverSaw.add(message);
                        connection.send(new Backend.CommandComplete("SELECT 1"));
                    }
                })
                .start();
    }

    @Test
    void aPostgresStartThroughWireConnection() throws Exception {
        try (WireServer<Frontend, Backend> server = start();
             WireConnection<Backend, Frontend> client = WireClient.to("127.0.0.1", server.port(), BackendCodec.INSTANCE,
                     FrontendCodec.INSTANCE).readTimeout(Duration.ofSeconds(10)).connect()) {
            client.send(SslRequestCodec.INSTANCE, new SslRequest());
            assertEquals(new SslAnswer((byte) 'N'), client.receive(SslAnswerCodec.INSTANCE));
            client.send(StartupMessageCodec.INSTANCE, new StartupMessage(StartupMessage.VERSION_3, PARAMETERS));
            assertEquals(new Backend.AuthenticationOk(), client.receive());
            assertEquals(new Backend.ReadyForQuery((byte) 'I'), client.receive());
            assertEquals(new Backend.CommandComplete("SELECT 1"), client.request(new Frontend.Query("SELECT 1")));

            assertEquals(new SslRequest(), serverSaw.get(0));
            StartupMessage startup = (StartupMessage) serverSaw.get(1);
            assertEquals(StartupMessage.VERSION_3, startup.protocol());
            assertArrayEquals(PARAMETERS, startup.parameters());
            assertEquals(new Frontend.Query("SELECT 1"), serverSaw.get(2));
            assertEquals(List.of(), errors);
            // counted once each send has returned, which may be just after the client has its answer
            Await.until(() -> server.counters().framesOut() == 4, Duration.ofSeconds(5), server.counters()::toString); // 'N', R, Z, C
            assertEquals(3, server.counters().framesIn(), server.counters()::toString);  // SSLRequest, startup, query
        }
    }

    /** The bytes on the wire, and a client that sends everything at once: the server reads no byte of the next message early. */
    @Test
    void theBytesAndNoReadingAhead() throws Exception {
        try (WireServer<Frontend, Backend> server = start();
             Socket raw = Await.connect(server.port(), Duration.ofSeconds(10))) {
            byte[] ssl = SslRequestCodec.INSTANCE.encode(new SslRequest());
            assertEquals("0000000804d2162f", HexFormat.of().formatHex(ssl));
            byte[] startup = StartupMessageCodec.INSTANCE.encode(new StartupMessage(StartupMessage.VERSION_3, PARAMETERS));
            assertEquals("0000002300030000" + HexFormat.of().formatHex(PARAMETERS), HexFormat.of().formatHex(startup));
            byte[] query = FrontendCodec.INSTANCE.encode(new Frontend.Query("SELECT 1"));
            assertEquals("510000000d53454c4543542031" + "00", HexFormat.of().formatHex(query));
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(ssl);
            all.writeBytes(startup);
            all.writeBytes(query);
            raw.getOutputStream().write(all.toByteArray()); // one write: one segment on loopback

            InputStream in = raw.getInputStream();
            assertEquals("4e" + "520000000800000000" + "5a0000000549" + "430000000d53454c4543542031" + "00",
                    HexFormat.of().formatHex(in.readNBytes(1 + 9 + 6 + 14)));
            assertEquals(3, serverSaw.size(), serverSaw::toString);
        }
    }

    @Test
    void anotherSchemasBadBytesAreItsErrors() throws Exception {
        try (WireServer<Frontend, Backend> server = WireServer.builder(FrontendCodec.INSTANCE, BackendCodec.INSTANCE)
                .transport(transport())
                .maxFrameLength(1024)
                .onError((peer, error) -> errors.add(error))
                .handler(connection -> serverSaw.add(connection.receive(StartupMessageCodec.INSTANCE)))
                .start();
             Socket raw = Await.connect(server.port(), Duration.ofSeconds(10))) {
            raw.getOutputStream().write(HexFormat.of().parseHex("0000ffff00030000")); // 65535 bytes announced
            Await.closedByServer(raw);
            Await.until(() -> !errors.isEmpty(), Duration.ofSeconds(5), () -> "an error reported");
            FrameTooLargeException e = assertInstanceOf(FrameTooLargeException.class, errors.get(0));
            assertEquals(65535, e.length());
            assertEquals(1024, e.limit());
            assertEquals(List.of(), serverSaw);
        }
    }

    /** What the connection's own reader has taken in is not skipped over: receive(codec) refuses; at a clean end it is null. */
    @Test
    void receiveWithAnotherCodecAfterTheOwnReader() throws Exception {
        try (ServerSocket peer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread speaker = new Thread(() -> {
                try (Socket socket = peer.accept()) {
                    // ReadyForQuery and the first byte of an AuthenticationOk in one write: the client's first read takes both
                    socket.getOutputStream().write(HexFormat.of().parseHex("5a000000054952"));
                    socket.getInputStream().read();
                } catch (IOException e) {
                    errors.add(e);
                }
            });
            speaker.start();
            try (WireConnection<Backend, Frontend> client = WireClient.to("127.0.0.1", peer.getLocalPort(),
                    BackendCodec.INSTANCE, FrontendCodec.INSTANCE).readTimeout(Duration.ofSeconds(10)).connect()) {
                assertEquals(new Backend.ReadyForQuery((byte) 'I'), client.receive());
                assertEquals(1, client.frames().buffered());
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.receive(SslAnswerCodec.INSTANCE));
                assertEquals("1 byte received for this connection's own messages is waiting to be read with receive():"
                        + " receive(codec) reads only what comes after it", e.getMessage());
            }
            speaker.join(5000);
            assertEquals(List.of(), errors);
        }
        try (WireServer<Frontend, Backend> server = WireServer.builder(FrontendCodec.INSTANCE, BackendCodec.INSTANCE)
                .transport(transport()).handler(connection -> { }).start();
             WireConnection<Backend, Frontend> client = WireClient.to("127.0.0.1", server.port(), BackendCodec.INSTANCE,
                     FrontendCodec.INSTANCE).readTimeout(Duration.ofSeconds(10)).connect()) {
            assertNull(client.receive(SslAnswerCodec.INSTANCE), "the server closed without a word");
        }
    }
}
