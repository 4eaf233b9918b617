package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.Payload;
import io.wireform.runtime.net.Deadline;
import io.wireform.runtime.net.DeadlineExceededException;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The frame deadline and a streamed {@code Payload} (the smart-home {@link DbFile}): the deadline
 * covers the message's header, and the payload's bytes are read under the idle timeout. A payload
 * trickled in over several frame deadlines arrives whole; one that stops for longer than the idle
 * timeout is closed as idle, and reported with the peer.
 */
@Timeout(30)
public class PayloadDeadlineTest {
    private static final Duration FRAME = Duration.ofMillis(300);
    private static final Duration IDLE = Duration.ofSeconds(1);
    /** How late past its deadline a close may come on a busy machine. */
    private static final long SLACK_MILLIS = 2000;
    private static final int LENGTH = 20_000;

    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    private record Reported(InetSocketAddress peer, Throwable error) {}

    private final List<Reported> errors = new CopyOnWriteArrayList<>();

    /** A hub that reads each uploaded file to its end and answers with the file's SHA-256, as a {@code DbFile}. */
    private WireServer<SmartHome, SmartHome> start() throws IOException {
        return WireServer.builder(SmartHomeCodec.INSTANCE).transport(transport())
                .frameDeadline(FRAME).idleTimeout(IDLE)
                .onError((peer, error) -> errors.add(new Reported(peer, error)))
                .handler(connection -> {
                    for (SmartHome message; (message = connection.receive()) != null; ) {
                        try (InputStream in = ((DbFile) message).database().openStream()) {
                            connection.send(new DbFile(Payload.of(sha256(in.readAllBytes()))));
                        }
                    }
                })
                .start();
    }

    private static byte[] upload() {
        byte[] database = new byte[LENGTH];
        new Random(LENGTH).nextBytes(database);
        return database;
    }

    @Test
    void aPayloadTrickledPastTheFrameDeadlineArrivesWhole() throws Exception {
        byte[] database = upload();
        byte[] frame = SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(database)));
        byte[] expected = SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(sha256(database))));
        try (WireServer<SmartHome, SmartHome> server = start();
             Socket client = Await.connect(server.port(), Duration.ofSeconds(10))) {
            OutputStream out = client.getOutputStream();
            long start = System.nanoTime();
            // the 8-byte header within the first piece, then a piece every 100 ms: about 2 s in all,
            // more than six frame deadlines, each pause a tenth of the idle timeout
            int pieces = 20;
            for (int i = 0; i < pieces; i++) {
                int from = i * frame.length / pieces;
                int to = (i + 1) * frame.length / pieces;
                out.write(frame, from, to - from);
                out.flush();
                if (i < pieces - 1) {
                    Thread.sleep(100);
                }
            }
            byte[] answer = client.getInputStream().readNBytes(expected.length);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertArrayEquals(expected, answer, "the hub's digest of the whole file");
            assertTrue(millis >= 6 * FRAME.toMillis(), "the upload took " + millis + " ms");
            assertEquals(List.of(), errors);
            assertEquals(0, server.counters().closedBy(Deadline.FRAME));
            assertEquals(0, server.counters().closedBy(Deadline.IDLE));
        }
    }

    @Test
    void aStallInsideThePayloadIsClosedByTheIdleTimeout() throws Exception {
        byte[] frame = SmartHomeCodec.INSTANCE.encode(new DbFile(Payload.of(upload())));
        try (WireServer<SmartHome, SmartHome> server = start();
             Socket client = Await.connect(server.port(), Duration.ofSeconds(10))) {
            OutputStream out = client.getOutputStream();
            out.write(frame, 0, frame.length / 2); // the header and half the file, then nothing: the server
            out.flush();                           // closes it an idle timeout later, not a frame deadline
            long millis = Await.closedByServer(client);
            assertTrue(millis >= IDLE.toMillis() - 50 && millis <= IDLE.toMillis() + SLACK_MILLIS,
                    "a payload stalled half way closed after " + millis + " ms, idle timeout " + IDLE.toMillis() + " ms");
            Await.until(() -> !errors.isEmpty(), Duration.ofSeconds(5), () -> "an error reported");
            assertEquals(1, errors.size(), errors::toString);
            Reported reported = errors.get(0);
            DeadlineExceededException e = assertInstanceOf(DeadlineExceededException.class, reported.error());
            assertEquals(Deadline.IDLE, e.deadline(), e::getMessage);
            assertEquals(client.getLocalPort(), reported.peer().getPort(), "the listener is told the peer");
            assertEquals(client.getLocalPort(), e.peer().getPort());
            assertTrue(e.getMessage().endsWith(":" + client.getLocalPort() + " was silent within the idle timeout (1 s)"),
                    e::getMessage);
            assertEquals(1, server.counters().closedBy(Deadline.IDLE));
            assertEquals(0, server.counters().closedBy(Deadline.FRAME));
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
