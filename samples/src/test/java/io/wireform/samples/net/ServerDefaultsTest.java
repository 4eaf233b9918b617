package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The defaults the README gives for a server's deadlines, outbound limit, backlog and shutdown grace,
 * as a transport is handed them: the setup a transport of this test's own records when the server
 * binds it; and the grace {@code close()} waits is the one the setup holds.
 */
class ServerDefaultsTest {

    /** A transport that binds nothing: it keeps the setup it is handed and when each step of a close came. */
    private static final class Recording implements ServerTransport {
        final AtomicReference<ServerSetup<?, ?>> handed = new AtomicReference<>();
        /** nanoTimes, null until then. */
        volatile Long stoppedAccepting;
        volatile Long closedConnections;

        @Override
        public <I, O> Binding bind(ServerSetup<I, O> setup) {
            handed.set(setup);
            return new Binding() {
                @Override
                public InetSocketAddress address() {
                    return new InetSocketAddress("127.0.0.1", 1);
                }

                @Override
                public void stopAccepting() {
                    stoppedAccepting = System.nanoTime();
                }

                @Override
                public void closeConnections() {
                    if (closedConnections == null) {
                        closedConnections = System.nanoTime();
                        if (setup.counters().open() > 0) {
                            setup.connectionClosed();
                        }
                    }
                }

                @Override
                public void release() {}
            };
        }
    }

    @Test
    void deadlinesAndTheOutboundLimitHaveTheDocumentedDefaults() throws Exception {
        Recording recording = new Recording();
        AtomicReference<ServerSetup<?, ?>> handed = recording.handed;
        try (WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(recording)
                .framing(Framing.delimited(new byte[] {'\n'})).respond(line -> line).start()) {
            ServerSetup<?, ?> setup = handed.get();
            assertNotNull(setup, "the server bound its transport");
            assertEquals(Duration.ofSeconds(10), setup.firstByteDeadline());
            assertEquals(Duration.ofSeconds(30), setup.frameDeadline());
            assertEquals(Duration.ofSeconds(60), setup.idleTimeout());
            assertEquals(Duration.ofSeconds(30), setup.writeTimeout());
            assertEquals(1 << 20, setup.maxOutboundBytes());
            assertEquals(1024, setup.backlog());
            assertEquals(Duration.ofSeconds(5), setup.shutdownGrace());
            assertEquals(1, server.port());
        }
    }

    /** {@code close()} stops accepting, waits the setup's grace while a connection is open, then closes it. */
    @Test
    void closeWaitsTheGraceTheSetupHolds() throws Exception {
        Recording recording = new Recording();
        WireServer<Line, Line> server = WireServer.builder(LineCodec.INSTANCE).transport(recording)
                .framing(Framing.delimited(new byte[] {'\n'})).shutdownGrace(Duration.ofMillis(300))
                .respond(line -> line).start();
        ServerSetup<?, ?> setup = recording.handed.get();
        assertEquals(Duration.ofMillis(300), setup.shutdownGrace());
        assertTrue(setup.admit(), "one connection open");
        server.close();
        assertNotNull(recording.stoppedAccepting, "stopped accepting");
        assertNotNull(recording.closedConnections, "closed the connection");
        long waited = recording.closedConnections - recording.stoppedAccepting;
        assertTrue(waited >= TimeUnit.MILLISECONDS.toNanos(300)
                && waited < TimeUnit.SECONDS.toNanos(3), "closed the open connection " + waited / 1_000_000
                + " ms after it stopped accepting");
        assertEquals(0, server.connections());
    }
}
