package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.wireform.runtime.net.ServerSetup;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import io.wireform.runtime.stream.Framing;
import io.wireform.samples.framing.Line;
import io.wireform.samples.framing.LineCodec;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The defaults the README gives for a server's deadlines and outbound limit, as a transport is handed
 * them: the setup a transport of this test's own records when the server binds it.
 */
class ServerDefaultsTest {

    @Test
    void deadlinesAndTheOutboundLimitHaveTheDocumentedDefaults() throws Exception {
        AtomicReference<ServerSetup<?, ?>> handed = new AtomicReference<>();
        ServerTransport recording = new ServerTransport() {
            @Override
            public <I, O> Binding bind(ServerSetup<I, O> setup) {
                handed.set(setup);
                return new Binding() {
                    @Override
                    public InetSocketAddress address() {
                        return new InetSocketAddress("127.0.0.1", 1);
                    }

                    @Override
                    public void stopAccepting() {}

                    @Override
                    public void closeConnections() {}

                    @Override
                    public void release() {}
                };
            }
        };
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
            assertEquals(1, server.port());
        }
    }
}
