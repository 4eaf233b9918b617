package io.wireform.samples.runnable;

import io.wireform.runtime.WireException;
import io.wireform.runtime.net.ServerTransport;
import io.wireform.runtime.net.WireConnection;
import io.wireform.runtime.net.WireServer;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * seeds/004's device server: the device sends {@code FDAA … CCDD}, {@code FDCC … CCDD} blocks glued
 * together and split anywhere, sometimes with noise between them. Each connection is read with the
 * generated {@code DeviceBlockReader}'s preset, which hands out every complete block however the
 * reads cut the stream, keeps the rest for the next read, and skips noise up to the next magic
 * ({@code Resync.SCAN_TO_MAGIC}, declared on {@link DeviceBlock}).
 *
 * <p>Arguments: {@code [port]} (none or 0: a free one). {@link DeviceSimulator} is the device.
 */
public final class DeviceServer {
    /** What one device connection delivered: blocks by kind, bytes of noise dropped, and how it ended. */
    public record Tally(Map<String, Integer> blocks, long dropped, Exception error) {
        public int total() {
            return blocks.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private DeviceServer() {}

    /** Listens on loopback ({@code port} 0: a free one); each connection's tally goes to {@code tallies} when it ends. */
    public static WireServer<DeviceBlock, DeviceBlock> server(int port, Consumer<Tally> tallies) throws IOException {
        return server(port, tallies, ServerTransport.blocking());
    }

    /** As {@link #server(int, Consumer)}, on {@code transport}: the JDK's blocking sockets, or Netty's. */
    public static WireServer<DeviceBlock, DeviceBlock> server(int port, Consumer<Tally> tallies, ServerTransport transport)
            throws IOException {
        return WireServer.builder(DeviceBlockCodec.INSTANCE)
                .transport(transport)
                .bind(InetAddress.getLoopbackAddress(), port)
                .frames(DeviceBlockReader::push)       // the schema's preset: SCAN_TO_MAGIC, blocks of at most 1024 bytes
                .onError(Cli::report)
                .handler(connection -> tallies.accept(read(connection)))
                .start();
    }

    /** Reads one device until it disconnects. */
    static Tally read(WireConnection<DeviceBlock, DeviceBlock> device) {
        Map<String, Integer> blocks = new TreeMap<>();
        Exception error = null;
        try {
            for (DeviceBlock block; (block = device.receive()) != null; ) {
                blocks.merge(block.getClass().getSimpleName(), 1, Integer::sum);
            }
        } catch (IOException | WireException e) {  // a block the hang-up cut short, a deadline, a reset
            error = e;
        }
        return new Tally(blocks, device.frames().bytesDropped(), error);
    }

    static String describe(Tally tally) {
        return "server decoded " + tally.total() + " blocks " + tally.blocks() + ", dropped " + tally.dropped()
                + " bytes of noise" + (tally.error() == null ? "" : "; ended with " + tally.error());
    }

    public static void main(String[] args) throws Exception {
        Cli.serveUntilStopped(server(args.length > 0 ? Integer.parseInt(args[0]) : 0,
                tally -> System.out.println(describe(tally))));
    }
}
