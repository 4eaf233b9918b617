package io.wireform.netty.onnetty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.netty.server.NettyTransport;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.modbus.ModbusRequest;
import io.wireform.samples.modbus.ModbusResponse;
import io.wireform.samples.modbus.ModbusServer;
import io.wireform.samples.modbus.RequestAdu;
import io.wireform.samples.modbus.RequestAduCodec;
import io.wireform.samples.modbus.ResponseAdu;
import io.wireform.samples.modbus.ResponseAduCodec;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An answer that blocks holds up its own connection only: on one event loop, while one connection's
 * answer waits, another connection on the same loop asks and is answered, pipelined or one request
 * at a time; the blocked connection's later requests are answered after it, in order. Answering on
 * the event loops gives that up, which the last test shows, so that the first ones can fail.
 */
@Timeout(60)
final class NettySlowAnswerTest {
    /** The transaction id whose answer blocks until released. */
    private static final int BLOCKS = 0xB10C;

    private final ModbusServer modbus = new ModbusServer();
    private final CountDownLatch blocking = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    private WireServer<RequestAdu, ResponseAdu> start(NettyTransport transport) throws IOException {
        return modbus.server().transport(transport).respond(request -> {
            if (request.transactionId() == BLOCKS) {
                blocking.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return modbus.answer(request);
        }).start();
    }

    private static WireConnection<ResponseAdu, RequestAdu> connect(WireServer<?, ?> server, Duration readTimeout) throws IOException {
        return WireClient.to("127.0.0.1", server.port(), ResponseAduCodec.INSTANCE, RequestAduCodec.INSTANCE)
                .maxFrameLength(ModbusServer.MAX_ADU_LENGTH).readTimeout(readTimeout).connect();
    }

    private static RequestAdu read(int transactionId, int address) {
        return new RequestAdu(transactionId, 0, 1, new ModbusRequest.ReadHoldingRegisters(address, 1));
    }

    /** Receives the answer to {@code read(transactionId, address)} and checks it. */
    private static void assertAnswer(WireConnection<ResponseAdu, RequestAdu> connection, int transactionId, int address)
            throws IOException {
        ResponseAdu answer = connection.receive();
        assertEquals(transactionId, answer.transactionId());
        assertEquals(List.of(address), ((ModbusResponse.ReadHoldingRegisters) answer.pdu()).registers());
    }

    @Test
    void anotherConnectionOnTheSameEventLoopIsAnsweredWhileAnAnswerBlocks() throws Exception {
        try (WireServer<RequestAdu, ResponseAdu> server = start(NettyTransport.withEventLoops(1));
             WireConnection<ResponseAdu, RequestAdu> slow = connect(server, Duration.ofSeconds(20));
             WireConnection<ResponseAdu, RequestAdu> other = connect(server, Duration.ofSeconds(5))) {
            slow.send(read(BLOCKS, 7));
            slow.send(read(2, 8)); // waits behind the blocked answer
            assertTrue(blocking.await(10, TimeUnit.SECONDS), "the blocking answer was not asked for");

            for (int i = 0; i < 50; i++) { // one at a time
                other.send(read(i, i));
                assertAnswer(other, i, i);
            }
            for (int i = 0; i < 100; i++) { // pipelined, more than one batch
                other.send(read(1000 + i, i));
            }
            for (int i = 0; i < 100; i++) {
                assertAnswer(other, 1000 + i, i);
            }

            release.countDown();
            assertAnswer(slow, BLOCKS, 7);
            assertAnswer(slow, 2, 8);
            slow.send(read(3, 9));
            assertAnswer(slow, 3, 9);
        } finally {
            release.countDown();
        }
    }

    @Test
    void answeringOnTheEventLoopsHoldsUpTheLoopsOtherConnections() throws Exception {
        try (WireServer<RequestAdu, ResponseAdu> server = start(NettyTransport.withEventLoops(1).answeringOnEventLoops());
             WireConnection<ResponseAdu, RequestAdu> slow = connect(server, Duration.ofSeconds(20));
             WireConnection<ResponseAdu, RequestAdu> other = connect(server, Duration.ofMillis(500))) {
            slow.send(read(BLOCKS, 7));
            assertTrue(blocking.await(10, TimeUnit.SECONDS), "the blocking answer was not asked for");
            other.send(read(1, 1));
            assertThrows(SocketTimeoutException.class, other::receive, "answered while the loop's only thread was blocked");
            release.countDown();
            assertAnswer(slow, BLOCKS, 7);
        } finally {
            release.countDown();
        }
    }
}
