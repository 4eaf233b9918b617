package io.wireform.samples;

import io.wireform.runtime.stream.FrameReader;
import io.wireform.samples.device.DeviceBlock;
import io.wireform.samples.device.DeviceBlockCodec;
import io.wireform.samples.device.DeviceBlockReader;
import io.wireform.samples.device.Extra;
import io.wireform.samples.device.ExtraLong;
import io.wireform.samples.device.Realtime;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** The streaming half of the demo: what TCP does to bytes, and the generated readers coping with it. */
final class StreamDemo {
    private StreamDemo() {}

    static void run() {
        gluedAndSplitDeviceBlocks();
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

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
