package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.wireform.annotations.Resync;
import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server built from a codec reads as its schema declares ({@link Beat}: frames of at most 64 bytes,
 * garbage skipped to the next magic) unless its builder says otherwise, each setting on its own. A
 * plain socket on loopback writes the bytes; the server echoes what it decodes.
 */
@Timeout(30)
public class DeclaredSettingsServerTest {
    private static final byte[] TICK = BeatCodec.INSTANCE.encode(new Beat("tick"));
    private static final byte[] GARBAGE_THEN_TICK = concat(new byte[] {0x00, 0x17}, TICK);
    /** One byte over the declared 64. */
    private static final byte[] BEAT_OF_65 = BeatCodec.INSTANCE.encode(new Beat("x".repeat(62)));

    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    private WireServer<Beat, Beat> echo(UnaryOperator<WireServer.Builder<Beat, Beat>> settings) throws IOException {
        return settings.apply(WireServer.builder(BeatCodec.INSTANCE).transport(transport()).respond(beat -> beat)).start();
    }

    @Test
    void withNoSettingsTheServerDropsGarbageAndAFrameOverTheDeclaredLimit() throws Exception {
        try (WireServer<Beat, Beat> server = echo(builder -> builder);
             Socket socket = Await.connect(server.port(), Duration.ofSeconds(10))) {
            OutputStream out = socket.getOutputStream();
            out.write(concat(GARBAGE_THEN_TICK, BEAT_OF_65, TICK));
            out.flush();
            socket.shutdownOutput();
            assertArrayEquals(concat(TICK, TICK), socket.getInputStream().readAllBytes(),
                    "the garbage and the 65-byte frame dropped, the rest echoed");
        }
    }

    @Test
    void aFrameLimitSetOnTheBuilderWinsAndTheSchemasResyncStays() throws Exception {
        try (WireServer<Beat, Beat> server = echo(builder -> builder.maxFrameLength(65));
             Socket socket = Await.connect(server.port(), Duration.ofSeconds(10))) {
            OutputStream out = socket.getOutputStream();
            out.write(concat(GARBAGE_THEN_TICK, BEAT_OF_65));
            out.flush();
            socket.shutdownOutput();
            assertArrayEquals(concat(TICK, BEAT_OF_65), socket.getInputStream().readAllBytes());
        }
    }

    @Test
    void aResyncSetOnTheBuilderWinsAndTheSchemasLimitStays() throws Exception {
        try (WireServer<Beat, Beat> server = echo(builder -> builder.resync(Resync.FAIL));
             Socket socket = Await.connect(server.port(), Duration.ofSeconds(10))) {
            OutputStream out = socket.getOutputStream();
            out.write(concat(TICK, BEAT_OF_65, TICK)); // in one write: the tick before the bad frame is answered first
            out.flush();
            assertArrayEquals(TICK, socket.getInputStream().readNBytes(TICK.length));
            Await.closedByServer(socket);
            Await.until(() -> server.counters().errors(FrameTooLargeException.class) == 1, Duration.ofSeconds(5),
                    () -> "the 65-byte frame told as too large: " + server.counters());
        }
        try (WireServer<Beat, Beat> server = echo(builder -> builder.resync(Resync.FAIL));
             Socket socket = Await.connect(server.port(), Duration.ofSeconds(10))) {
            socket.getOutputStream().write(GARBAGE_THEN_TICK);
            Await.closedByServer(socket);
            Await.until(() -> server.counters().errors().values().stream().mapToLong(Long::longValue).sum() == 1,
                    Duration.ofSeconds(5), () -> "the garbage told as an error: " + server.counters());
            assertEquals(0, server.counters().errors(FrameTooLargeException.class));
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
