package io.wireform.runtime.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.wireform.runtime.WireCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pause a transport takes after a failed accept, as {@link ServerSetup#acceptFailed} gives it to
 * both transports: 1 ms, doubling while the failures go on, never more than 100 ms, and 1 ms again
 * after an accept succeeds. Each failure is counted and reported with the listener's address.
 */
class AcceptPauseTest {
    /** Frames of one byte; the server is never bound. */
    private static final WireCodec<Byte> BYTES = new WireCodec<>() {
        @Override
        public void encode(Byte value, ByteBuffer out) {
            out.put(value);
        }

        @Override
        public Byte decode(ByteBuffer in, int limit) {
            return in.get();
        }

        @Override
        public int sizeOf(Byte value) {
            return 1;
        }

        @Override
        public int frameLength(ByteBuffer in, int at, int limit) {
            return limit > at ? 1 : -1;
        }
    };

    @Test
    void thePauseDoublesFromOneMillisecondUpToAHundredAndStartsAgainAfterAnAccept() {
        List<InetSocketAddress> toldOf = new ArrayList<>();
        List<Throwable> told = new ArrayList<>();
        ServerSetup<Byte, Byte> setup = new ServerSetup<>(WireServer.builder(BYTES).onError((peer, error) -> {
            toldOf.add(peer);
            told.add(error);
        }));
        InetSocketAddress listener = new InetSocketAddress(InetAddress.getLoopbackAddress(), 1502);
        IOException emfile = new IOException("Too many open files");

        List<Long> pauses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pauses.add(setup.acceptFailed(listener, emfile));
        }
        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 100L, 100L, 100L), pauses);
        assertEquals(100, ServerSetup.MAX_ACCEPT_PAUSE_MILLIS);

        setup.acceptSucceeded();
        assertEquals(1, setup.acceptFailed(listener, emfile), "after an accept, the first pause again");
        assertEquals(2, setup.acceptFailed(listener, emfile));

        assertEquals(12, setup.counters().acceptFailures());
        assertEquals(12, told.size());
        for (int i = 0; i < told.size(); i++) {
            assertSame(emfile, told.get(i));
            assertEquals(listener, toldOf.get(i));
        }
    }
}
