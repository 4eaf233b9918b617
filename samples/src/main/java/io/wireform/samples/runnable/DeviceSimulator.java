package io.wireform.samples.runnable;

import io.wireform.runtime.net.WireServer;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * seeds/004's device: it sends real-time and extra blocks ({@code FDAA … CCDD}, {@code FDCC … CCDD})
 * back to back, in writes of random sizes that cut blocks anywhere, with small pauses, and, when
 * asked, noise between blocks. The blocks are encoded by the generated {@code DeviceBlockCodec};
 * {@link DeviceServer} decodes them.
 *
 * <p>Arguments: none (a {@link DeviceServer} and the device over loopback), or {@code port [host]}
 * to send to a server already running.
 */
public final class DeviceSimulator {
    /** The largest single write. */
    static final int MAX_WRITE = 400;

    /** What the device sent: blocks by kind, bytes in all, noise bytes among them, and in how many writes. */
    public record Sent(Map<String, Integer> blocks, long bytes, long noise, int writes) {}

    private DeviceSimulator() {}

    /**
     * Sends {@code count} blocks of random kinds to {@code host:port} and closes.
     *
     * @param noise whether to put 1 to 24 bytes of noise before about one block in eight
     * @param seed makes the blocks, the noise and the write sizes repeatable
     */
    public static Sent send(String host, int port, int count, boolean noise, long seed)
            throws IOException, InterruptedException {
        Random random = new Random(seed);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        Map<String, Integer> blocks = new TreeMap<>();
        long noiseBytes = 0;
        for (int i = 0; i < count; i++) {
            if (noise && random.nextInt(8) == 0) {
                byte[] junk = sevenBit(random, 1 + random.nextInt(24));
                line.writeBytes(junk);
                noiseBytes += junk.length;
            }
            int kind = random.nextInt(3);
            DeviceBlock block = kind == 0 ? new Realtime(sevenBit(random, 150))
                    : kind == 1 ? new Extra(sevenBit(random, 190)) : new ExtraLong(sevenBit(random, 192));
            line.writeBytes(DeviceBlockCodec.INSTANCE.encode(block));
            blocks.merge(block.getClass().getSimpleName(), 1, Integer::sum);
        }
        byte[] bytes = line.toByteArray();
        int writes = 0;
        try (Socket socket = new Socket(host, port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            for (int at = 0; at < bytes.length; writes++) {
                int size = Math.min(bytes.length - at, 1 + random.nextInt(MAX_WRITE));
                out.write(bytes, at, size);
                at += size;
                if (random.nextInt(4) == 0) {
                    Thread.sleep(1);
                }
            }
        }
        return new Sent(blocks, bytes.length, noiseBytes, writes);
    }

    /**
     * Random bytes below 0x80, for data and noise alike: never FD, so noise holds no magic and every
     * byte of it is dropped; never CC, so an ExtraLong's data cannot put CC DD where an Extra ends.
     */
    private static byte[] sevenBit(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        for (int i = 0; i < length; i++) {
            bytes[i] &= 0x7F;
        }
        return bytes;
    }

    static String describe(Sent sent) {
        return "device sent " + sent.blocks().values().stream().mapToInt(Integer::intValue).sum() + " blocks "
                + sent.blocks() + ", " + sent.bytes() + " bytes with " + sent.noise() + " bytes of noise, in "
                + sent.writes() + " writes of 1 to " + MAX_WRITE + " bytes";
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            System.out.println(describe(send(args.length > 1 ? args[1] : Cli.HOST, Integer.parseInt(args[0]), 300, true,
                    System.nanoTime())));
            return;
        }
        BlockingQueue<DeviceServer.Tally> tallies = new LinkedBlockingQueue<>();
        try (WireServer<DeviceBlock, DeviceBlock> server = DeviceServer.server(0, tallies::add)) {
            System.out.println(describe(send(Cli.HOST, server.port(), 300, true, 4)));
            System.out.println(DeviceServer.describe(Cli.next(tallies)));
        }
    }
}
