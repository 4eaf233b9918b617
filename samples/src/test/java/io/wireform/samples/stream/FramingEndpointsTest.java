package io.wireform.samples.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.annotations.Endian;
import io.wireform.runtime.Payload;
import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.LineCodec;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.DownloadDb;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A connection writes in its framing as well as reading it: a framing no writer can write is refused
 * when the server or client is configured, and a length field after known bytes works end to end.
 */
@Timeout(30)
class FramingEndpointsTest {
    private static final Framing READ_ONLY = Framing.lengthField(2, 4, Endian.LITTLE, 0);
    private static final Framing AFTER_MAGIC = Framing.lengthField(new byte[] {(byte) 0xCA, (byte) 0xFE}, 4, Endian.LITTLE, 0);

    @Test
    void aLengthFieldAfterUnknownBytesIsRefusedByTheBuilders() {
        IllegalArgumentException server = assertThrows(IllegalArgumentException.class,
                () -> WireServer.builder(SmartHomeCodec.INSTANCE).framing(READ_ONLY));
        IllegalArgumentException client = assertThrows(IllegalArgumentException.class,
                () -> WireClient.to("127.0.0.1", 1, SmartHomeCodec.INSTANCE, SmartHomeCodec.INSTANCE).framing(READ_ONLY));
        for (IllegalArgumentException e : List.of(server, client)) {
            assertTrue(e.getMessage().contains("can be read but not written")
                    && e.getMessage().contains("Framing.lengthField(new byte[] {...}, 4, Endian.LITTLE, 0)"), e.getMessage());
        }
    }

    @Test
    void aLengthFieldAfterKnownBytesWorksEndToEnd() throws Exception {
        byte[] database = new byte[70_000];
        new Random(7).nextBytes(database);
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (WireServer<SmartHome, SmartHome> server = WireServer.builder(SmartHomeCodec.INSTANCE)
                .bind(InetAddress.getLoopbackAddress(), 0).framing(AFTER_MAGIC)
                .onError((peer, error) -> errors.add(error))
                .respond(request -> request instanceof DownloadDb ? new DbFile(Payload.of(database)) : null)
                .start()) {
            try (WireConnection<SmartHome, SmartHome> client = WireClient.to("127.0.0.1", server.port(),
                    SmartHomeCodec.INSTANCE, SmartHomeCodec.INSTANCE).framing(AFTER_MAGIC)
                    .readTimeout(Duration.ofSeconds(10)).connect()) {
                for (int round = 0; round < 2; round++) {
                    DbFile answer = (DbFile) client.request(new DownloadDb());
                    assertArrayEquals(database, answer.database().readAllBytes());
                }
            }
            // the bytes on the wire, by hand: the magic, the length, the message
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), 10_000);
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(HexFormat.of().parseHex("cafe" + "04000000" + "4c000000"));
                InputStream in = socket.getInputStream();
                assertEquals("cafe" + "78110100" + "43000000" + "70110100", HexFormat.of().formatHex(in.readNBytes(14)));
                assertArrayEquals(database, in.readNBytes(database.length));
            }
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void aServerSendsPayloadsStreamedInEveryFramingButADelimiter() throws Exception {
        // a transport that answers message by message (Netty) does so only where no payload is streamed
        assertTrue(streamsPayloads(SmartHomeCodec.INSTANCE, Framing.schema()));
        assertTrue(streamsPayloads(SmartHomeCodec.INSTANCE, Framing.lengthPrefixed(4)));
        assertTrue(streamsPayloads(SmartHomeCodec.INSTANCE, AFTER_MAGIC));
        assertTrue(streamsPayloads(SmartHomeCodec.INSTANCE, Framing.chunked(2, Endian.BIG, 512)));
        assertTrue(streamsPayloads(SmartHomeCodec.INSTANCE, Framing.netstring()));
        assertTrue(streamsPayloads(SmartHomeCodec.INSTANCE, Framing.untilClose()));
        assertEquals(false, streamsPayloads(SmartHomeCodec.INSTANCE, Framing.delimited(new byte[] {0})));
        assertEquals(false, streamsPayloads(LineCodec.INSTANCE, Framing.lengthPrefixed(4)));
    }

    /** What a server built with this codec and framing tells its transport. */
    private static <T> boolean streamsPayloads(io.wireform.runtime.WireCodec<T> codec, Framing framing) throws Exception {
        AtomicReference<Boolean> streams = new AtomicReference<>();
        ServerTransport capture = new ServerTransport() {
            @Override
            public <I, O> Binding bind(ServerSetup<I, O> setup) {
                streams.set(setup.streamsPayloads());
                return new Binding() {
                    @Override
                    public InetSocketAddress address() {
                        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
                    }

                    @Override
                    public void stopAccepting() {
                    }

                    @Override
                    public void closeConnections() {
                    }

                    @Override
                    public void release() {
                    }
                };
            }
        };
        WireServer.builder(codec).transport(capture).framing(framing).respond(m -> null).start().close();
        return streams.get();
    }
}
