package io.wireform.netty.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.Channel;
import io.wireform.runtime.Payload;
import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A streamed payload on the Netty transport is held back by the handler that reads it, not queued:
 * a handler reading a 32 MiB upload slowly finds it whole, while no more than {@link
 * ChannelConduit#PAUSE_AT} bytes and one read of the event loop ever waited for it.
 */
@Timeout(60)
class PayloadBackPressureTest {
    /**
     * The most one read of the event loop takes in: Netty's adaptive receive buffer grows to 64 KiB.
     * The loop stops reading in the read that brings the bytes waiting to {@code PAUSE_AT}, so they
     * never pass {@code PAUSE_AT - 1 + ONE_READ}.
     */
    private static final int ONE_READ = 64 * 1024;

    @Test
    void aSlowHandlerHoldsBackAnUploadWhichArrivesWhole() throws Exception {
        long length = 32L << 20;
        AtomicReference<NettyListener<?, ?>> bound = new AtomicReference<>();
        NettyTransport netty = NettyTransport.withEventLoops(1);
        ServerTransport watched = new ServerTransport() {
            @Override
            public <I, O> Binding bind(ServerSetup<I, O> setup) throws IOException {
                NettyListener<?, ?> listener = (NettyListener<?, ?>) netty.bind(setup);
                bound.set(listener);
                return listener;
            }
        };
        try (WireServer<SmartHome, SmartHome> server = WireServer.builder(SmartHomeCodec.INSTANCE).transport(watched)
                .handler(connection -> {
                    DbFile upload = (DbFile) connection.receive();
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    try (InputStream in = upload.database().openStream()) {
                        byte[] chunk = new byte[8192];
                        long read = 0;
                        for (int n; (n = in.read(chunk)) > 0; ) {
                            digest.update(chunk, 0, n);
                            read += n;
                            if (read % (32 * 1024) < n) {
                                Thread.sleep(1); // far slower than the client sends: a second or two for the whole
                            }
                        }
                    }
                    connection.send(new DbFile(Payload.of(digest.digest())));
                    connection.receive(); // until the client closes
                })
                .start();
             WireConnection<SmartHome, SmartHome> client = WireClient.to("127.0.0.1", server.port(), SmartHomeCodec.INSTANCE,
                     SmartHomeCodec.INSTANCE).readTimeout(Duration.ofSeconds(30)).connect()) {
            MessageDigest sent = MessageDigest.getInstance("SHA-256");
            InputStream source = new DigestInputStream(repeated(length), sent);
            long start = System.nanoTime();
            DbFile answer = (DbFile) client.request(new DbFile(Payload.of(source, length)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertArrayEquals(sent.digest(), answer.database().readAllBytes(), "the handler's digest of the whole upload");

            List<Channel> open = new ArrayList<>();
            bound.get().channels().forEach(open::add);
            assertEquals(1, open.size());
            int most = open.get(0).pipeline().get(ChannelConduit.class).mostQueued();
            System.out.println("a 32 MiB upload read slowly in " + millis + " ms: at most " + most
                    + " bytes waited for the handler");
            assertTrue(most >= ChannelConduit.PAUSE_AT, "the handler was slow enough for bytes to wait: " + most);
            assertTrue(most <= ChannelConduit.PAUSE_AT + ONE_READ, most + " bytes waited for the handler at once");
        }
    }

    /** {@code length} bytes, a random block of 64 KiB over and over: made as fast as the socket takes them. */
    private static InputStream repeated(long length) {
        byte[] block = new byte[64 * 1024];
        new Random(length).nextBytes(block);
        return new InputStream() {
            private long at;

            @Override
            public int read() {
                return at < length ? block[(int) (at++ % block.length)] & 0xFF : -1;
            }

            @Override
            public int read(byte[] into, int offset, int count) {
                if (at >= length) {
                    return -1;
                }
                int from = (int) (at % block.length);
                int n = (int) Math.min(Math.min(count, block.length - from), length - at);
                System.arraycopy(block, from, into, offset, n);
                at += n;
                return n;
            }
        };
    }
}
