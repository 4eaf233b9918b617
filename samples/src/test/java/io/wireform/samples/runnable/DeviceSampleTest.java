package io.wireform.samples.runnable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.runtime.TruncatedFrameException;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.runnable.DeviceServer.Tally;
import io.wireform.samples.runnable.DeviceSimulator.Sent;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** seeds/004: the device simulator's glued, split, noisy stream against the device server, which reads with DeviceBlockReader's preset. */
public class DeviceSampleTest {
    /** The transport the servers of this class run on; the Netty module runs the class again on its own. */
    protected ServerTransport transport() {
        return ServerTransport.blocking();
    }

    @Test
    @Timeout(30)
    void aCleanStreamIsCountedExactly() throws Exception {
        BlockingQueue<Tally> tallies = new LinkedBlockingQueue<>();
        ServerTransport transport = transport();
        try (WireServer<DeviceBlock, DeviceBlock> server = DeviceServer.server(0, tallies::add, transport)) {
            assertSame(transport, server.transport());
            Sent sent = DeviceSimulator.send(Cli.HOST, server.port(), 200, false, 1);
            Tally tally = Cli.next(tallies);
            assertNull(tally.error());
            assertEquals(sent.blocks(), tally.blocks());
            assertEquals(200, tally.total());
            assertEquals(0, sent.noise());
            assertEquals(0, tally.dropped());
        }
    }

    @Test
    @Timeout(60)
    void everyByteOfNoiseIsDroppedAndNoBlockIsLost() throws Exception {
        BlockingQueue<Tally> tallies = new LinkedBlockingQueue<>();
        try (WireServer<DeviceBlock, DeviceBlock> server = DeviceServer.server(0, tallies::add, transport())) {
            for (long seed = 1; seed <= 5; seed++) {
                Sent sent = DeviceSimulator.send(Cli.HOST, server.port(), 300, true, seed);
                Tally tally = Cli.next(tallies);
                assertNull(tally.error(), "seed " + seed);
                assertTrue(sent.noise() > 0, "seed " + seed);
                assertEquals(sent.blocks(), tally.blocks(), "seed " + seed);
                assertEquals(sent.noise(), tally.dropped(), "seed " + seed);
            }
        }
    }

    @Test
    @Timeout(30)
    void devicesAtOnceAreCountedApart() throws Exception {
        BlockingQueue<Tally> tallies = new LinkedBlockingQueue<>();
        ExecutorService devices = Executors.newFixedThreadPool(3);
        try (WireServer<DeviceBlock, DeviceBlock> server = DeviceServer.server(0, tallies::add, transport())) {
            List<Future<Sent>> sent = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                int count = 100 * (d + 1);
                long seed = 10 + d;
                sent.add(devices.submit(() -> DeviceSimulator.send(Cli.HOST, server.port(), count, true, seed)));
            }
            List<Map<String, Integer>> expected = new ArrayList<>();
            for (Future<Sent> s : sent) {
                expected.add(s.get(20, TimeUnit.SECONDS).blocks());
            }
            List<Map<String, Integer>> got = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                Tally tally = Cli.next(tallies);
                assertNull(tally.error());
                got.add(tally.blocks());
            }
            assertTrue(got.containsAll(expected) && expected.containsAll(got), expected + " vs " + got);
        } finally {
            devices.shutdownNow();
        }
    }

    @Test
    @Timeout(30)
    void aDeviceThatHangsUpInsideABlockIsReported() throws Exception {
        BlockingQueue<Tally> tallies = new LinkedBlockingQueue<>();
        byte[] block = DeviceBlockCodec.INSTANCE.encode(new Realtime(new byte[150]));
        try (WireServer<DeviceBlock, DeviceBlock> server = DeviceServer.server(0, tallies::add, transport())) {
            try (Socket device = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                OutputStream out = device.getOutputStream();
                out.write(block);
                out.write(block, 0, 100);
            }                                          // hangs up 100 bytes into the second block
            Tally tally = Cli.next(tallies);
            assertEquals(Map.of("Realtime", 1), tally.blocks());
            TruncatedFrameException e = assertInstanceOf(TruncatedFrameException.class, tally.error());
            assertEquals(100, e.available());
            assertEquals(154, e.needed());
        }
    }
}
