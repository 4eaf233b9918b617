package io.wireform.samples.runnable;

import io.wireform.runtime.WireException;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * seeds/004's device server: the device sends {@code FDAA … CCDD}, {@code FDCC … CCDD} blocks glued
 * together and split anywhere, sometimes with noise between them. Each connection is read the way
 * Twisted's {@code dataReceived} sees it: every chunk the socket returns goes to the generated push
 * reader, {@code DeviceBlockReader}, which hands out every complete block, keeps the rest, and skips
 * noise up to the next magic ({@code Resync.SCAN_TO_MAGIC}, declared on {@link DeviceBlock}).
 *
 * <p>Arguments: {@code [port]} (none or 0: a free one). {@link DeviceSimulator} is the device.
 */
public final class DeviceServer implements Closeable {
    /** What one device connection delivered: blocks by kind, bytes, reads, noise dropped, and how it ended. */
    public record Tally(Map<String, Integer> blocks, long bytes, int reads, long dropped, Exception error) {
        public int total() {
            return blocks.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final ServerSocket listener;
    private final Consumer<Tally> tallies;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private DeviceServer(int port, Consumer<Tally> tallies) throws IOException {
        this.listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.tallies = tallies;
        Thread acceptor = new Thread(this::acceptLoop, "device-server-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Listens on loopback ({@code port} 0: a free one); each connection's tally goes to {@code tallies} when it ends. */
    public static DeviceServer start(int port, Consumer<Tally> tallies) throws IOException {
        return new DeviceServer(port, tallies);
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (true) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException closed) {
                return;
            }
            open.add(socket);
            Thread connection = new Thread(() -> {
                try {
                    tallies.accept(serve(socket));
                } finally {
                    open.remove(socket);
                }
            }, "device-" + socket.getPort());
            connection.setDaemon(true);
            connection.start();
        }
    }

    /** Reads one device until it disconnects. */
    static Tally serve(Socket socket) {
        Map<String, Integer> blocks = new TreeMap<>();
        long[] dropped = {0};
        FrameReader<DeviceBlock> reader = DeviceBlockReader.builder()
                .onDropped((count, at, cause) -> dropped[0] += count)
                .build();
        Consumer<DeviceBlock> blockReceived = block -> blocks.merge(block.getClass().getSimpleName(), 1, Integer::sum);
        long bytes = 0;
        int reads = 0;
        Exception error = null;
        byte[] chunk = new byte[4096];
        try (socket) {
            socket.setSoTimeout(60_000);
            InputStream in = socket.getInputStream();
            for (int n; (n = in.read(chunk)) >= 0; ) {                // dataReceived(chunk)
                bytes += n;
                reads++;
                reader.feed(ByteBuffer.wrap(chunk, 0, n), blockReceived);
            }
            reader.endOfStream(blockReceived);                      // a block cut short is an error
        } catch (IOException | WireException e) {
            error = e;
        }
        return new Tally(blocks, bytes, reads, dropped[0], error);
    }

    static String describe(Tally tally) {
        return "server decoded " + tally.total() + " blocks " + tally.blocks() + " from " + tally.bytes() + " bytes in "
                + tally.reads() + " reads, dropped " + tally.dropped() + " bytes of noise"
                + (tally.error() == null ? "" : "; ended with " + tally.error());
    }

    /** Stops accepting and closes the connections still open. */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : open) {
            socket.close();
        }
    }

    public static void main(String[] args) throws Exception {
        try (DeviceServer server = start(args.length > 0 ? Integer.parseInt(args[0]) : 0,
                tally -> System.out.println(describe(tally)))) {
            System.out.println("Listening at " + Cli.HOST + ":" + server.port() + "; Ctrl-C to stop");
            new CountDownLatch(1).await();
        }
    }
}
