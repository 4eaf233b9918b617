package io.wireform.samples.runnable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.binary.Reading;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** seeds/002: struct.Struct('I 2s f') readings from the sample client to the sample server. */
public class BinarySocketTest {
    /** The transport the servers of this class run on; the Netty module runs the class again on its own. */
    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    @Test
    @Timeout(30)
    void theServerUnpacksWhatTheClientPacked() throws Exception {
        List<Reading> sent = List.of(BinarySocket.VALUES, new Reading(4_294_967_295L, "zz".getBytes(StandardCharsets.US_ASCII), -0.5f),
                new Reading(0, new byte[2], Float.MAX_VALUE));
        BlockingQueue<Reading> received = new LinkedBlockingQueue<>();
        ServerTransport transport = transport();
        try (WireServer<Reading, Reading> server = BinarySocket.server(0, received::add, transport)) {
            assertSame(transport, server.transport());
            BinarySocket.client(Cli.HOST, server.port(), sent);
            for (Reading expected : sent) {
                Reading got = Cli.next(received);
                assertEquals(expected.id(), got.id());
                assertArrayEquals(expected.code(), got.code());
                assertEquals(expected.value(), got.value());
            }
        }
    }

    @Test
    @Timeout(30)
    void printedAsPythonPrintsIt() {
        assertEquals("b'0100000061620000cdcc2c40'", BinarySocket.hex(BinarySocket.VALUES));
        assertEquals("(1, b'ab', 2.700000047683716)", BinarySocket.tuple(BinarySocket.VALUES));
    }
}
