package io.wireform.netty.onnetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusServer;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import io.wireform.samples.net.CountersTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link CountersTest} on the Netty transport. */
final class NettyCountersTest extends CountersTest {
    @Override
    protected ServerTransport transport() {
        return NettyTransport.withEventLoops(2);
    }

    /**
     * An answer the executor writes to the socket itself is counted before the peer can read it, as
     * one the event loop writes is: a client that has its answer finds it counted (counted after the
     * write, the count lagged now and then, and a load test's count of a later run took it in).
     */
    @Test
    void anAnswerIsCountedBeforeThePeerHasIt() throws Exception {
        ModbusServer modbus = new ModbusServer();
        try (WireServer<RequestAdu, ResponseAdu> server = modbus.server().transport(NettyTransport.withEventLoops(1)).start();
             WireConnection<ResponseAdu, RequestAdu> client = WireClient.to("127.0.0.1", server.port(),
                     ResponseAduCodec.INSTANCE, RequestAduCodec.INSTANCE).readTimeout(Duration.ofSeconds(10)).connect()) {
            for (int i = 0; i < 5_000; i++) {
                client.send(new RequestAdu(i, 0, 1, new ModbusRequest.ReadHoldingRegisters(i % ModbusServer.REGISTERS, 1)));
                assertEquals(i, client.receive().transactionId());
                long counted = server.counters().framesOut();
                assertTrue(counted == i + 1, counted + " answers counted after the client had " + (i + 1));
            }
        }
    }
}
