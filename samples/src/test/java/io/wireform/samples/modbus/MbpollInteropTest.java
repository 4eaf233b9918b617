package io.wireform.samples.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Debian's mbpoll (a libmodbus master) against {@link ModbusServer}. */
@Timeout(60)
public class MbpollInteropTest {
    /** The transport the server runs on; the Netty module runs the class again on its own. */
    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    @Test
    void mbpollReadsAndWritesTheJavaServer() throws Exception {
        Path mbpoll = Peers.onPath("mbpoll");
        assumeTrue(mbpoll != null, "mbpoll is not installed (apt-get install mbpoll)");
        String bin = mbpoll.toString();
        List<Throwable> errors = new CopyOnWriteArrayList<>();
        try (WireServer<RequestAdu, ResponseAdu> server = new ModbusServer().server().transport(transport())
                .onError((peer, error) -> errors.add(error))
                .start();
             ModbusClient client = ModbusClient.connect("127.0.0.1", server.port())) {
            String port = Integer.toString(server.port());

            // five holding registers from reference 1 (PDU address 0): they start as their index
            Peers.Result read = Peers.run(bin, "-m", "tcp", "-a", "1", "-r", "1", "-c", "5", "-t", "4", "-1",
                    "-p", port, "127.0.0.1");
            assertEquals(0, read.exit(), read::toString);
            assertEquals(Map.of(1, 0, 2, 1, 3, 2, 4, 3, 5, 4), read.mbpollValues(), read::toString);

            // input registers with PDU addressing (-0): register i holds i * 10
            Peers.Result input = Peers.run(bin, "-m", "tcp", "-a", "1", "-0", "-r", "100", "-c", "3", "-t", "3", "-1",
                    "-p", port, "127.0.0.1");
            assertEquals(0, input.exit(), input::toString);
            assertEquals(Map.of(100, 1000, 101, 1010, 102, 1020), input.mbpollValues(), input::toString);

            // one value: function 6 at PDU address 9 (-v prints the frames sent and received)
            Peers.Result single = Peers.run(bin, "-m", "tcp", "-a", "1", "-r", "10", "-t", "4", "-1", "-v",
                    "-p", port, "127.0.0.1", "1234");
            assertEquals(0, single.exit(), single::toString);
            assertTrue(single.out().contains("[01][06][00][09][04][D2]"), single::toString);
            assertTrue(single.out().contains("Written 1 references."), single::toString);
            assertEquals(List.of(1234), client.readHoldingRegisters(9, 1));

            // several values: function 16 at PDU address 19
            Peers.Result multiple = Peers.run(bin, "-m", "tcp", "-a", "1", "-r", "20", "-t", "4", "-1", "-v",
                    "-p", port, "127.0.0.1", "111", "222", "65535");
            assertEquals(0, multiple.exit(), multiple::toString);
            assertTrue(multiple.out().contains("[01][10][00][13][00][03][06][00][6F][00][DE][FF][FF]"), multiple::toString);
            assertTrue(multiple.out().contains("Written 3 references."), multiple::toString);
            assertEquals(List.of(18, 111, 222, 65535, 22), client.readHoldingRegisters(18, 5));

            // past register 999: exception 2, which libmodbus names
            Peers.Result outside = Peers.run(bin, "-m", "tcp", "-a", "1", "-0", "-r", "998", "-c", "5", "-t", "4", "-1",
                    "-p", port, "127.0.0.1");
            assertNotEquals(0, outside.exit(), outside::toString);
            assertTrue(outside.err().contains("Illegal data address"), outside::toString);
        }
        assertEquals(List.of(), errors);
    }
}
