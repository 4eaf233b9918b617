package io.wireform.samples.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.wireform.annotations.Resync;
import io.wireform.runtime.UnknownTagException;
import io.wireform.runtime.WireCodec;
import io.wireform.runtime.WireDecodeException;
import io.wireform.runtime.WireException;
import io.wireform.runtime.net.WireClient;
import io.wireform.runtime.net.WireConnection;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.tlv.Control;
import io.wireform.samples.tlv.ControlCodec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A client's {@code .resync(...)} against a server that sends garbage between frames: a plain {@link
 * ServerSocket} on loopback writes real bytes (whole, or in 7-byte writes) and closes, and the client
 * gets exactly the frames its policy keeps, drops exactly the bytes it says, or fails where {@code
 * FAIL} says. Unless set, the policy is the one the schema declares.
 */
@Timeout(30)
class ClientResyncTest {
    /** Realtime(0x11), 5 bytes of garbage, Extra(0x22), 3 bytes of garbage, ExtraLong(0x33), Realtime(0x44). */
    private static final byte[] NOISY_BLOCKS = concat(
            DeviceBlockCodec.INSTANCE.encode(new Realtime(filled(150, 0x11))),     // 0..153
            new byte[] {0x00, 0x13, 0x37, (byte) 0xFD, 0x01},                      // 154..158
            DeviceBlockCodec.INSTANCE.encode(new Extra(filled(190, 0x22))),        // 159..352
            new byte[] {0x7F, 0x7F, (byte) 0xCC},                                  // 353..355
            DeviceBlockCodec.INSTANCE.encode(new ExtraLong(filled(192, 0x33))),    // 356..551
            DeviceBlockCodec.INSTANCE.encode(new Realtime(filled(150, 0x44))));    // 552..705
    private static final List<String> ALL_BLOCKS = List.of("Realtime(17)", "Extra(34)", "ExtraLong(51)", "Realtime(68)");

    private static final byte[] CONNECT = ControlCodec.INSTANCE.encode(new Control.Connect(0, 10, "a"));   // 10 05 000a 0001 61
    private static final byte[] PING = ControlCodec.INSTANCE.encode(new Control.Ping(0));                  // c0 00
    /** Type 5, which no record has, with a length of 3: a frame SKIP_UNKNOWN and SKIP_FRAME drop whole. */
    private static final byte[] UNKNOWN = {0x50, 0x03, 0x01, 0x02, 0x03};
    /** A CONNECT whose flags, which the protocol fixes at 0, are 1: a bad frame of a known length. */
    private static final byte[] BAD_FLAGS = badFlags();

    @ParameterizedTest(name = "written {0} bytes at a time")
    @ValueSource(ints = {7, 100_000})
    void scanToMagicKeepsEveryBlockAndDropsExactlyTheGarbage(int piece) throws Exception {
        try (Peer peer = new Peer(NOISY_BLOCKS, piece);
             WireConnection<DeviceBlock, DeviceBlock> client = peer.connect(DeviceBlockCodec.INSTANCE,
                     builder -> builder.resync(Resync.SCAN_TO_MAGIC))) {
            assertEquals(ALL_BLOCKS, receiveAll(client, ClientResyncTest::describe));
            assertEquals(5 + 3, client.frames().bytesDropped());
        }
    }

    @Test
    void aGeneratedReadersPresetTellsItsListenerWhatWasDroppedAndWhere() throws Exception {
        List<long[]> drops = new CopyOnWriteArrayList<>();
        try (Peer peer = new Peer(NOISY_BLOCKS, 7);
             WireConnection<DeviceBlock, DeviceBlock> client = peer.connect(DeviceBlockCodec.INSTANCE,
                     builder -> builder.frames(() -> DeviceBlockReader.builder()         // the schema's SCAN_TO_MAGIC
                             .onDropped((bytes, at, cause) -> drops.add(new long[] {bytes, at})).build()))) {
            assertEquals(ALL_BLOCKS, receiveAll(client, ClientResyncTest::describe));
        }
        // each run of garbage may be heard in pieces, as the bytes arrive; never beyond the garbage
        long first = 0;
        long second = 0;
        for (long[] drop : drops) {
            if (drop[1] >= 154 && drop[1] + drop[0] <= 159) {
                first += drop[0];
            } else if (drop[1] >= 353 && drop[1] + drop[0] <= 356) {
                second += drop[0];
            } else {
                throw new AssertionError(drop[0] + " bytes dropped at " + drop[1] + ", outside the garbage");
            }
        }
        assertEquals(5, first);
        assertEquals(3, second);
    }

    @Test
    void byDefaultTheClientResyncsAsItsSchemaDeclares() throws Exception {
        try (Peer peer = new Peer(NOISY_BLOCKS, 7);
             WireConnection<DeviceBlock, DeviceBlock> client = peer.connect(DeviceBlockCodec.INSTANCE, builder -> builder)) {
            assertEquals(ALL_BLOCKS, receiveAll(client, ClientResyncTest::describe), "DeviceBlock declares SCAN_TO_MAGIC");
            assertEquals(5 + 3, client.frames().bytesDropped());
        }
    }

    @Test
    void failSetOnTheBuilderFailsAtTheFirstGarbage() throws Exception {
        try (Peer peer = new Peer(NOISY_BLOCKS, 100_000);
             WireConnection<DeviceBlock, DeviceBlock> client = peer.connect(DeviceBlockCodec.INSTANCE,
                     builder -> builder.resync(Resync.FAIL))) {
            assertEquals("Realtime(17)", describe(client.receive()));
            WireDecodeException e = assertThrows(WireDecodeException.class, client::receive);
            assertEquals("DeviceBlock.<magic>", e.fieldPath());
            assertEquals(0, client.frames().bytesDropped());
        }
    }

    @ParameterizedTest(name = "written {0} bytes at a time")
    @ValueSource(ints = {7, 100_000})
    void skipFrameDropsBadAndUnknownFramesWhole(int piece) throws Exception {
        byte[] stream = concat(CONNECT, UNKNOWN, PING, BAD_FLAGS, PING);
        try (Peer peer = new Peer(stream, piece);
             WireConnection<Control, Control> client = peer.connect(ControlCodec.INSTANCE,
                     builder -> builder.resync(Resync.SKIP_FRAME))) {
            assertEquals(List.of("Connect", "Ping", "Ping"), receiveAll(client, message -> message.getClass().getSimpleName()));
            assertEquals(UNKNOWN.length + BAD_FLAGS.length, client.frames().bytesDropped());
        }
    }

    @Test
    void skipUnknownDropsOnlyFramesOfUnknownTags() throws Exception {
        byte[] stream = concat(CONNECT, UNKNOWN, PING, BAD_FLAGS, PING);
        try (Peer peer = new Peer(stream, 7);
             WireConnection<Control, Control> client = peer.connect(ControlCodec.INSTANCE,
                     builder -> builder.resync(Resync.SKIP_UNKNOWN))) {
            assertInstanceOf(Control.Connect.class, client.receive());
            assertInstanceOf(Control.Ping.class, client.receive(), "the unknown frame is skipped");
            WireException e = assertThrows(WireException.class, client::receive, "a bad known frame is an error");
            assertTrue(!(e instanceof UnknownTagException), e.toString());
            assertEquals(UNKNOWN.length, client.frames().bytesDropped());
        }
    }

    @Test
    void byDefaultAnUnknownTagIsSkippedAsTheSchemaDeclares() throws Exception {
        try (Peer peer = new Peer(concat(CONNECT, UNKNOWN, PING), 100_000);
             WireConnection<Control, Control> client = peer.connect(ControlCodec.INSTANCE, builder -> builder)) {
            assertEquals(List.of("Connect", "Ping"), receiveAll(client, message -> message.getClass().getSimpleName()),
                    "Control declares SKIP_UNKNOWN");
            assertEquals(UNKNOWN.length, client.frames().bytesDropped());
        }
    }

    @Test
    void withFailSetOnTheBuilderAnUnknownTagIsAnError() throws Exception {
        try (Peer peer = new Peer(concat(CONNECT, UNKNOWN, PING), 100_000);
             WireConnection<Control, Control> client = peer.connect(ControlCodec.INSTANCE,
                     builder -> builder.resync(Resync.FAIL))) {
            assertInstanceOf(Control.Connect.class, client.receive());
            assertThrows(UnknownTagException.class, client::receive);
        }
    }

    /** A server that sends {@code bytes} to the one client it accepts, {@code piece} bytes a write, then closes. */
    private static final class Peer implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final Thread thread;

        Peer(byte[] bytes, int piece) throws IOException {
            thread = new Thread(() -> {
                try (Socket socket = listener.accept()) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    for (int at = 0; at < bytes.length; at += piece) {
                        out.write(bytes, at, Math.min(piece, bytes.length - at));
                        out.flush();
                    }
                    socket.shutdownOutput();
                    socket.setSoTimeout(10_000);
                    socket.getInputStream().read();           // until the client closes
                } catch (IOException e) {
                    // the client's assertions say what went wrong
                }
            }, "garbage-peer");
            thread.setDaemon(true);
            thread.start();
        }

        <T> WireConnection<T, T> connect(WireCodec<T> codec,
                                         Function<WireClient.Builder<T, T>, WireClient.Builder<T, T>> settings)
                throws IOException {
            return settings.apply(WireClient.to("127.0.0.1", listener.getLocalPort(), codec, codec)
                    .readTimeout(Duration.ofSeconds(10))).connect();
        }

        @Override
        public void close() throws Exception {
            listener.close();
            thread.join(10_000);
        }
    }

    private static <T> List<String> receiveAll(WireConnection<T, T> client, Function<T, String> describe) throws IOException {
        List<String> received = new ArrayList<>();
        for (T message; (message = client.receive()) != null; ) {
            received.add(describe.apply(message));
        }
        assertNull(client.receive(), "the end of the stream stays the end");
        return received;
    }

    private static String describe(DeviceBlock block) {
        byte[] data = block instanceof Realtime r ? r.data() : block instanceof Extra e ? e.data() : ((ExtraLong) block).data();
        return block.getClass().getSimpleName() + "(" + data[0] + ")";
    }

    private static byte[] badFlags() {
        byte[] bytes = CONNECT.clone();
        bytes[0] |= 0x01;
        return bytes;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
