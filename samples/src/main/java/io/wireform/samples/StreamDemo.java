package io.wireform.samples;

import io.wireform.runtime.Payload;
import io.wireform.runtime.stream.FrameReader;
import io.wireform.runtime.stream.FrameWriter;
import io.wireform.runtime.stream.Framing;
import io.wireform.runtime.stream.WireReader;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import io.wireform.samples.smarthome.DbFile;
import io.wireform.samples.smarthome.SmartHome;
import io.wireform.samples.smarthome.SmartHomeCodec;
import io.wireform.samples.smarthome.SmartHomeReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** The streaming half of the demo: what TCP does to bytes, and the generated readers coping with it. */
final class StreamDemo {
    private StreamDemo() {}

    static void run() throws IOException {
        gluedAndSplitDeviceBlocks();
        streamedDatabase();
    }

    /** seeds/004: three blocks glued together with garbage between them, arriving in random pieces. */
    private static void gluedAndSplitDeviceBlocks() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes(DeviceBlockCodec.INSTANCE.encode(new Realtime(filled(150, 1))));
        line.writeBytes(new byte[] {0x13, 0x37, 0x00});
        line.writeBytes(DeviceBlockCodec.INSTANCE.encode(new ExtraLong(filled(192, 3))));
        line.writeBytes(DeviceBlockCodec.INSTANCE.encode(new Extra(filled(190, 2))));
        byte[] bytes = line.toByteArray();

        List<String> out = new ArrayList<>();
        long[] dropped = {0};
        FrameReader<DeviceBlock> reader = DeviceBlockReader.builder()
                .onDropped((count, at, why) -> dropped[0] += count).build();
        Random random = new Random(4);
        List<Integer> pieces = new ArrayList<>();
        for (int at = 0; at < bytes.length; ) {
            int piece = Math.min(bytes.length - at, 1 + random.nextInt(120));
            pieces.add(piece);
            reader.feed(ByteBuffer.wrap(bytes, at, piece), b -> out.add(b.getClass().getSimpleName()));
            at += piece;
        }
        System.out.println("seeds/004 stream: " + bytes.length + " bytes in " + pieces.size() + " reads " + pieces);
        System.out.println("  DeviceBlockReader (resync = SCAN_TO_MAGIC) decoded " + out + ", dropped "
                + dropped[0] + " garbage bytes\n");
    }

    /** seeds/000: the hub's 3 MB database, streamed to a file through the pull reader, never held whole. */
    private static void streamedDatabase() throws IOException {
        byte[] database = new byte[3_000_000];
        new Random(0).nextBytes(database);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        new FrameWriter<SmartHome>(SmartHomeCodec.INSTANCE, Framing.schema())
                .write(new DbFile(Payload.of(new ByteArrayInputStream(database), database.length)), wire);

        Path file = Files.createTempFile("house", ".db");
        try (WireReader<SmartHome> reader = SmartHomeReader.pull(trickle(wire.toByteArray(), 1448))) {
            DbFile reply = (DbFile) reader.read();
            reply.database().transferTo(file);
            System.out.println("seeds/000 reply: " + wire.size() + " bytes arriving 1448 at a time");
            System.out.println("  DbFile with a " + reply.database().length() + "-byte Payload streamed to disk; "
                    + "the reader's buffer stayed at " + reader.frames().capacity() + " bytes");
            System.out.println("  SHA-256 sent     " + sha256(database));
            System.out.println("  SHA-256 received " + sha256(Files.readAllBytes(file)) + "\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static InputStream trickle(byte[] bytes, int step) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, step));
            }
        };
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
