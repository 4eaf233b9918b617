package io.wireform.samples.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.wireform.runtime.FrameTooLargeException;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.net.Deadline;
import io.wireform.runtime.net.DeadlineExceededException;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Broken peers of {@link ModbusServer} end their own connections only, while a good client is served throughout. */
@Timeout(30)
public class ServerFaultIsolationTest {
    /** The transport the servers of this class run on; the Netty module runs the class again on its own. */
    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    /** The frame deadline: half a request is closed after it, however its bytes trickle in. */
    private static final Duration FRAME = Duration.ofSeconds(1);
    /** How often the trickling peer sends a byte: each in time for any idle timeout. */
    private static final Duration TRICKLE = Duration.ofMillis(100);
    /**
     * The request the trickling peer sends, a write of 19 registers: 51 bytes, whole only after five
     * times the frame deadline, so that no stall of a loaded machine lets it complete before the server
     * closes (a 12-byte request, whole 100 ms after the deadline, was answered once so).
     */
    private static final byte[] TRICKLED = RequestAduCodec.INSTANCE.encode(new RequestAdu(2, 0, 1,
            new ModbusRequest.WriteMultipleRegisters(0, 19, Collections.nCopies(19, 7))));

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replace(" ", ""));
    }

    private static Socket open(WireServer<?, ?> server) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(5000);
        return socket;
    }

    private static void send(Socket socket, String bytes) throws IOException {
        socket.getOutputStream().write(hex(bytes));
        socket.getOutputStream().flush();
    }

    /** The server closed the connection: end of stream, or a reset when it closed with bytes unread. */
    private static void assertClosedByServer(Socket socket, String peer) throws IOException {
        InputStream in = socket.getInputStream();
        try {
            assertEquals(-1, in.read(), "the server sent bytes to the " + peer + " peer instead of closing");
        } catch (SocketTimeoutException e) {
            fail("the server left the " + peer + " peer's connection open");
        } catch (SocketException e) {
            assertTrue(String.valueOf(e.getMessage()).contains("reset"), e::toString);
        }
    }

    @Test
    void brokenPeersEndOnlyTheirOwnConnections() throws Exception {
        Map<Integer, List<Throwable>> errors = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        ExecutorService goodThread = Executors.newSingleThreadExecutor();
        try (WireServer<RequestAdu, ResponseAdu> server = new ModbusServer().server().transport(transport())
                .frameDeadline(FRAME)
                .onError((peer, error) -> errors.computeIfAbsent(peer.getPort(), p -> new CopyOnWriteArrayList<>()).add(error))
                .start()) {
            // the good client: write, read back, read inputs, as fast as it can until told to stop
            Future<Integer> good = goodThread.submit(() -> {
                try (ModbusClient client = ModbusClient.connect("127.0.0.1", server.port())) {
                    for (int n = 0; !stop.get(); n++) {
                        int value = (n * 7919) & 0xFFFF;
                        client.writeSingleRegister(500, value);
                        assertEquals(List.of(value), client.readHoldingRegisters(500, 1));
                        client.writeMultipleRegisters(600, List.of(value, n & 0xFFFF));
                        assertEquals(List.of(value, n & 0xFFFF), client.readHoldingRegisters(600, 2));
                        assertEquals(List.of(5000, 5010, 5020), client.readInputRegisters(500, 3));
                        answered.addAndGet(5);
                    }
                }
                return answered.get();
            });
            while (answered.get() < 50 && !good.isDone()) {
                Thread.sleep(5);
            }

            try (Socket garbage = open(server); Socket huge = open(server); Socket silent = open(server);
                 Socket reset = open(server); Socket trickle = open(server)) {
                // a frame whose MBAP length (9) disagrees with its read request (6 bytes with the unit id)
                send(garbage, "ca fe 00 00 00 09 01 03 00 00 00 01 de ad be");
                // 65535 bytes announced, over the 260 a Modbus ADU may have
                send(huge, "00 01 00 00 ff ff 01 03");
                // half of a read request, then nothing
                send(silent, "00 01 00 00 00 06 01 03");
                long silentSince = System.nanoTime();
                // a request one byte every 100 ms: each byte in time for an idle timeout, the whole too late
                AtomicLong trickleSince = new AtomicLong();
                AtomicInteger trickledBytes = new AtomicInteger();
                Thread trickler = new Thread(() -> {
                    try {
                        trickleSince.set(System.nanoTime());
                        for (byte b : TRICKLED) {
                            trickle.getOutputStream().write(b);
                            trickledBytes.incrementAndGet();
                            Thread.sleep(TRICKLE.toMillis());
                        }
                    } catch (IOException | InterruptedException closedByTheServer) {
                        // expected long before the last byte
                    }
                });
                trickler.start();
                int answeredBeforeSilence = answered.get();
                // half of a read request, then a reset
                send(reset, "00 01 00 00 00 06 01");
                Thread.sleep(50);
                reset.setSoLinger(true, 0);
                reset.close();

                assertClosedByServer(garbage, "garbage");
                assertClosedByServer(huge, "huge");
                assertClosedByServer(silent, "silent");
                long silentFor = System.nanoTime() - silentSince;
                assertTrue(silentFor >= FRAME.toNanos() - TimeUnit.MILLISECONDS.toNanos(100),
                        "the silent peer was dropped after " + silentFor / 1_000_000 + " ms, before the frame deadline");
                assertClosedByServer(trickle, "trickling");
                long trickledFor = System.nanoTime() - trickleSince.get();
                assertTrue(trickledFor >= FRAME.toNanos() - TimeUnit.MILLISECONDS.toNanos(100),
                        "the trickling peer was dropped after " + trickledFor / 1_000_000 + " ms, before the frame deadline");
                trickler.join(5000);
                assertTrue(trickledBytes.get() < TRICKLED.length, "the trickling peer's request was not cut off: "
                        + trickledBytes.get() + " of " + TRICKLED.length + " bytes sent");
                assertTrue(answered.get() > answeredBeforeSilence, "the good client was held up by the silent one");

                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while ((errors.size() < 5 || server.connections() > 1) && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Throwable bad = only(errors, garbage.getLocalPort());
                assertInstanceOf(WireDecodeException.class, bad);
                assertFalse(bad instanceof FrameTooLargeException, bad::toString);
                assertEquals("RequestAdu.<length>", ((WireException) bad).fieldPath(), bad::toString);
                FrameTooLargeException tooLarge = assertInstanceOf(FrameTooLargeException.class, only(errors, huge.getLocalPort()));
                assertEquals(6 + 65535, tooLarge.length());
                assertEquals(ModbusServer.MAX_ADU_LENGTH, tooLarge.limit());
                DeadlineExceededException stalled = assertInstanceOf(DeadlineExceededException.class,
                        only(errors, silent.getLocalPort()));
                assertEquals(Deadline.FRAME, stalled.deadline());
                assertEquals(silent.getLocalPort(), stalled.peer().getPort());
                assertTrue(stalled.getMessage().endsWith("did not complete a frame within the frame deadline (1 s): 8 bytes of it arrived"),
                        stalled::getMessage);
                DeadlineExceededException trickled = assertInstanceOf(DeadlineExceededException.class,
                        only(errors, trickle.getLocalPort()));
                assertEquals(Deadline.FRAME, trickled.deadline());
                Throwable reseted = only(errors, reset.getLocalPort());
                assertInstanceOf(IOException.class, reseted);
                assertTrue(String.valueOf(reseted.getMessage()).contains("reset"), reseted::toString);
                assertEquals(5, errors.size(), errors::toString);
                assertEquals(1, server.connections(), "only the good client is still connected");
                assertEquals(2, server.counters().closedBy(Deadline.FRAME));
            }

            int before = answered.get();
            Thread.sleep(50);
            stop.set(true);
            int total = good.get(10, TimeUnit.SECONDS); // rethrows any wrong or missing answer
            assertTrue(total > before, "the good client stopped getting answers");
            assertEquals(5, errors.size(), errors::toString);
        } finally {
            stop.set(true);
            goodThread.shutdownNow();
            goodThread.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static Throwable only(Map<Integer, List<Throwable>> errors, int port) {
        List<Throwable> mine = errors.get(port);
        assertTrue(mine != null && mine.size() == 1, () -> "errors of the peer at port " + port + ": " + mine
                + ", all: " + errors);
        return mine.get(0);
    }
}
