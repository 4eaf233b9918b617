package io.wireform.netty.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.channel.embedded.EmbeddedChannel;
import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The Netty transport's pause after a failed accept, on a listening channel whose clock stands still:
 * accepting stops, and starts again after 1 ms, then 2, 4, ... up to 100 ms while the failures go on,
 * and 1 ms again after a connection is accepted; each failure is counted and reported.
 */
class AcceptGuardTest {
    private static final InetSocketAddress ADDRESS = new InetSocketAddress(InetAddress.getLoopbackAddress(), 1502);

    /** A transport that binds nothing: it hands over the server's setup. */
    private static ServerTransport capturing(AtomicReference<ServerSetup<?, ?>> setup) {
        return new ServerTransport() {
            @Override
            public <I, O> Binding bind(ServerSetup<I, O> s) {
                setup.set(s);
                return new Binding() {
                    @Override
                    public InetSocketAddress address() {
                        return ADDRESS;
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
    }

    @Test
    void acceptingPausesForADoublingPauseUpToAHundredMilliseconds() throws Exception {
        AtomicReference<ServerSetup<?, ?>> setup = new AtomicReference<>();
        List<InetSocketAddress> reported = new CopyOnWriteArrayList<>();
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(capturing(setup))
                .framing(Framing.delimited(new byte[] {'\n'})).respond(line -> line)
                .onError((peer, error) -> reported.add(peer)).start()) {
            EmbeddedChannel listener = new EmbeddedChannel(new AcceptGuard(setup.get(), () -> ADDRESS));
            listener.freezeTime();
            List<Long> pauses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                pauses.add(failAndResume(listener));
            }
            assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 32L, 64L, 100L, 100L, 100L), pauses);

            listener.pipeline().fireChannelRead("a connection");
            assertEquals("a connection", listener.readInbound(), "an accepted connection goes on");
            assertEquals(1, failAndResume(listener), "after an accept, the first pause again");

            assertEquals(11, server.counters().acceptFailures());
            assertEquals(11, reported.size());
            assertTrue(reported.stream().allMatch(ADDRESS::equals), reported::toString);
            assertFalse(listener.finishAndReleaseAll());
        }
    }

    /** One failed accept: the pause before accepting again, in ms, checked to pass as scheduled. */
    private static long failAndResume(EmbeddedChannel listener) {
        listener.pipeline().fireExceptionCaught(new IOException("Too many open files"));
        assertFalse(listener.config().isAutoRead(), "accepting stops");
        long nanos = listener.runScheduledPendingTasks(); // runs nothing yet: how long until accepting starts again
        listener.advanceTimeBy(nanos - 1, TimeUnit.NANOSECONDS);
        listener.runScheduledPendingTasks();
        assertFalse(listener.config().isAutoRead(), "not before the pause is over");
        listener.advanceTimeBy(1, TimeUnit.NANOSECONDS);
        listener.runScheduledPendingTasks();
        assertTrue(listener.config().isAutoRead(), "accepting starts again");
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
